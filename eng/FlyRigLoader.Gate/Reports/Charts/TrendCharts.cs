using System.Globalization;
using FlyRigLoader.Gate.Contracts.Charts;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Median history per category: baseline runs, archived reports of the same fingerprint, and this run.</summary>
internal static class TrendCharts
{
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
        var charts = new List<ChartSpec>();
        foreach (var category in series.GroupBy(s => entries[s.FullName].Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var chunks = category.Chunk(MaxLinesPerChart).ToList();
            for (var c = 0; c < chunks.Count; c++)
            {
                var part = chunks.Count > 1 ? Inv($" ({c + 1}/{chunks.Count})") : "";
                charts.Add(new ChartSpec(
                    ChartIds.For("trend", category.Key + part), ChartKind.Trend, ChartSections.Trends, category.Key,
                    $"Median history: {category.Key}{part}", "run (UTC date)", "median / typical median (×)",
                    Inv($"Each line is one benchmark's median per run divided by its median over these {runs.Count} runs ({sources}); a rise above 1.0 is a slowdown.{foreign}"),
                    chunks[c].Select((s, i) => new ChartSeries(BenchmarkLabel.Of(entries[s.FullName]), SeriesStyle.LineWithPoints, s.Ordinals, s.Relative, Color: i)).ToList(),
                    ticks, [], [new ReferenceLine(false, 1.0, "typical (1.0)")], 800, 480, [0.9, 1.1]));
            }
        }

        return charts;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
