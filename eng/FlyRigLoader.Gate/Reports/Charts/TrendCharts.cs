using System.Globalization;
using FlyRigLoader.Gate.Contracts.Charts;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Median history per category: baseline runs, archived reports of the same fingerprint, and this run.</summary>
internal static class TrendCharts
{
    private const string SuiteCaption =
        "The suite's level per run: the median over benchmarks of each one's median divided by its typical median. Every benchmark's creep and change points "
        + "are judged after dividing by it, so a host that changed between runs is not a step in each; its own steps (vertical lines) are the host or a change "
        + "that touched every benchmark.";

    /// <summary>At most this many lines share a chart, so the legend stays readable.</summary>
    public const int MaxLinesPerChart = 6;

    /// <summary>This run's medians as a history point.</summary>
    public static HistoryRun CurrentRun(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var date = DateTimeOffset.TryParse(report.BenchmarkSuite.ExecutionTimestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : DateTimeOffset.MaxValue;
        return new HistoryRun(report.RunId, date, "this run", report.AllEntries().Where(e => e.Statistics is not null)
            .DistinctBy(e => e.FullName).ToDictionary(e => e.FullName, e => e.Statistics!.Median, StringComparer.Ordinal));
    }

    /// <summary>Charts per category (split into groups of <see cref="MaxLinesPerChart"/>), or nothing without a comparison.</summary>
    public static IReadOnlyList<ChartSpec> Plan(ChartInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!inputs.HasComparison)
        {
            return [];
        }

        var entries = BenchmarkLabel.Index(inputs.Report);
        var (runs, series) = TrendSeries.Build([.. inputs.History, CurrentRun(inputs.Report)], entries.Keys);
        var ticks = runs.Select((r, i) => new ChartTick(i, r.Source == "this run" ? "this run" : r.Date.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture))).ToList();
        var sources = string.Join(", ", runs.GroupBy(r => r.Source).Select(g => Inv($"{g.Count()} {g.Key}")));
        var foreign = inputs.Baseline is { } b && b.Fingerprint != inputs.Report.Environment.Fingerprint
            ? $" The baseline's runs are left out: its fingerprint {b.Fingerprint} is not this machine's."
            : inputs.Baseline is not null && inputs.BaselineIncomparableReason is { } reason
            ? $" The baseline's runs are left out: {reason}."
            : "";
        var history = inputs.Report.RegressionAnalysis?.Details?.History;
        var ordinal = runs.Select((r, i) => (r.RunId, i)).ToDictionary(p => p.RunId, p => p.i, StringComparer.Ordinal);
        var lines = new List<ReferenceLine> { new(false, 1.0, "typical (1.0)") };
        if (history is { Used: true, Anchor.RunId: { } anchorRun } && ordinal.TryGetValue(anchorRun, out var anchorAt))
        {
            lines.Add(new ReferenceLine(true, anchorAt, "anchor " + (history.Anchor.Label ?? history.Anchor.Sha?[..Math.Min(12, history.Anchor.Sha.Length)] ?? anchorRun)));
        }

        var steps = history?.Benchmarks.Where(b => b.ChangePoints.Count > 0).ToDictionary(b => b.FullName, b => b.ChangePoints, StringComparer.Ordinal)
            ?? new Dictionary<string, IReadOnlyList<ChangePointDetails>>(StringComparer.Ordinal);
        var stepNote = history is { Used: true }
            ? " Dashed steps: each benchmark's level between the change points found in its history; the vertical dashed line is the anchor creep is measured against."
            : "";
        var charts = new List<ChartSpec>();
        foreach (var category in series.GroupBy(s => entries[s.FullName].Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var chunks = category.Chunk(MaxLinesPerChart).ToList();
            for (var c = 0; c < chunks.Count; c++)
            {
                var part = chunks.Count > 1 ? Inv($" ({c + 1}/{chunks.Count})") : "";
                var drawn = chunks[c].Select((s, i) => new ChartSeries(BenchmarkLabel.Of(entries[s.FullName]), SeriesStyle.LineWithPoints, s.Ordinals, s.Relative, Color: i)).ToList();
                var stepLines = chunks[c].Select((s, i) => steps.TryGetValue(s.FullName, out var found) ? StepLine(s, found, runs, ordinal, i) : null).OfType<ChartSeries>().ToList();
                // One legend entry explains every dashed step line of the chart; each keeps its benchmark's colour.
                drawn.AddRange(stepLines.Select((l, k) => k == 0 ? l with { Name = "level between change points" } : l));
                charts.Add(new ChartSpec(
                    ChartIds.For("trend", category.Key + part), ChartKind.Trend, ChartSections.Trends, category.Key,
                    $"Median history: {category.Key}{part}", "run (UTC date)", "median / typical median (×)",
                    Inv($"Each line is one benchmark's median per run divided by its median over these {runs.Count} runs ({sources}); a rise above 1.0 is a slowdown.{stepNote}{foreign}"),
                    drawn, ticks, [], lines, 800, 480, [0.9, 1.1]));
            }
        }

        if (history?.Suite is { } suite && SuiteChart(suite, ordinal, ticks, lines) is { } whole)
        {
            charts.Add(whole);
        }

        return charts;
    }

    /// <summary>
    /// The whole suite's level per run (what each benchmark's history was divided by), with its steps as vertical lines;
    /// null when none of its runs is on the chart's axis.
    /// </summary>
    internal static ChartSpec? SuiteChart(SuiteHistoryDetails suite, IReadOnlyDictionary<string, int> ordinal, IReadOnlyList<ChartTick> ticks, IReadOnlyList<ReferenceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var placed = suite.RunIds.Zip(suite.Levels).Where(p => ordinal.ContainsKey(p.First)).OrderBy(p => ordinal[p.First]).ToList();
        if (placed.Count == 0)
        {
            return null;
        }

        var steps = suite.ChangePoints.Where(s => s.AfterRunId is { } id && ordinal.ContainsKey(id))
            .Select(s => new ReferenceLine(true, ordinal[s.AfterRunId!] - 0.5, Inv($"suite step ×{s.Ratio:0.000}")));
        return new ChartSpec(
            ChartIds.For("trend", "whole suite"), ChartKind.Trend, ChartSections.Trends, null,
            "Median history: the whole suite", "run (UTC date)", "suite level (×)",
            SuiteCaption + Inv($" Against the anchor: ×{suite.Ratio:0.000}, {suite.Creep}."),
            [new ChartSeries("suite level", SeriesStyle.LineWithPoints, [.. placed.Select(p => (double)ordinal[p.First])], [.. placed.Select(p => p.Second)], Color: 0)],
            ticks, [], [.. lines, .. steps], 800, 480, [0.9, 1.1]);
    }

    /// <summary>
    /// The levels between a benchmark's change points as a dashed step line in its colour, on the chart's relative
    /// scale; null when no step falls on a run of the chart.
    /// </summary>
    internal static ChartSeries? StepLine(TrendSeries series, IReadOnlyList<ChangePointDetails> steps, IReadOnlyList<HistoryRun> runs, IReadOnlyDictionary<string, int> ordinal, int color)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(steps);
        var placed = steps.Where(s => s.AfterRunId is { } id && ordinal.ContainsKey(id)).OrderBy(s => ordinal[s.AfterRunId!]).ToList();
        if (placed.Count == 0 || series.Ordinals.Count == 0)
        {
            return null;
        }

        var typical = runs[(int)series.Ordinals[0]].MediansNs[series.FullName] / series.Relative[0];
        var (xs, ys) = (new List<double> { series.Ordinals[0] }, new List<double> { placed[0].MedianBeforeNs / typical });
        foreach (var step in placed)
        {
            var x = ordinal[step.AfterRunId!] - 0.5;
            xs.AddRange([x, x]);
            ys.AddRange([step.MedianBeforeNs / typical, step.MedianAfterNs / typical]);
        }

        xs.Add(series.Ordinals[^1]);
        ys.Add(placed[^1].MedianAfterNs / typical);
        return new ChartSeries("", SeriesStyle.DashedLine, xs, ys, Color: color);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
