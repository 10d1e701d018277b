using System.Globalization;
using FlyRigLoader.Gate.Contracts.Charts;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Per benchmark: this run's samples, beside the pooled baseline samples when a baseline comparison ran.</summary>
internal static class DistributionCharts
{
    /// <summary>One chart per successful benchmark with samples, in category then name order.</summary>
    public static IReadOnlyList<ChartSpec> Plan(ChartInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var histories = inputs.HasComparison && inputs.BaselineIncomparableReason is null && inputs.Baseline is { } b
            ? b.Histories().ToDictionary(h => h.FullName, StringComparer.Ordinal)
            : [];
        var charts = new List<ChartSpec>();
        foreach (var entry in inputs.Report.AllEntries().Where(e => e.Success && e.ExecutionTimes.Count > 0))
        {
            var baseline = histories.TryGetValue(entry.FullName, out var h) ? h.RunSamplesNs.SelectMany(r => r).ToList() : [];
            var baselineRuns = h?.RunSamplesNs.Count ?? 0;
            charts.Add(Chart(entry, baseline, baselineRuns));
        }

        return charts;
    }

    /// <summary>The chart of one benchmark; <paramref name="baselineNs"/> may be empty.</summary>
    public static ChartSpec Chart(BenchmarkEntry entry, IReadOnlyList<double> baselineNs, int baselineRuns)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(baselineNs);
        var scale = TimeScale.For(entry.ExecutionTimes.Concat(baselineNs));
        var series = new List<ChartSeries>();
        var ticks = new List<ChartTick>();
        if (baselineNs.Count > 0)
        {
            series.Add(Group("baseline", 0, baselineNs, scale, 1));
            ticks.Add(new ChartTick(0, Inv($"baseline ({baselineRuns} run{(baselineRuns == 1 ? "" : "s")})")));
        }

        var position = baselineNs.Count > 0 ? 1 : 0;
        series.Add(Group("this run", position, entry.ExecutionTimes, scale, 0));
        ticks.Add(new ChartTick(position, "this run"));
        var median = BoxSummary.Of(0, entry.ExecutionTimes).Median;
        var caption = baselineNs.Count > 0
            ? Inv($"{entry.ExecutionTimes.Count} samples this run (median {ReportFormat.Time(median)}) beside {baselineNs.Count} baseline samples from {baselineRuns} run(s) (median {ReportFormat.Time(BoxSummary.Of(0, baselineNs).Median)}); boxes are quartiles, whiskers 1.5 IQR.")
            : Inv($"{entry.ExecutionTimes.Count} samples this run (median {ReportFormat.Time(median)}); box = quartiles, whiskers 1.5 IQR. No baseline compared.");
        return new ChartSpec(
            ChartIds.For("dist", entry.FullName, BenchmarkLabel.Of(entry)), ChartKind.Distribution, ChartSections.Distributions, entry.Category, BenchmarkLabel.Of(entry),
            "run", $"time per operation ({scale.Unit})", caption, series, ticks, [], [], 480, 320);
    }

    /// <summary>Deterministic horizontal spread of the i-th point inside ±0.15 of its box (golden-ratio sequence: no clumps, no randomness).</summary>
    public static double Jitter(int i) => ((((i + 1) * 0.6180339887498949) % 1.0) - 0.5) * 0.3;

    private static ChartSeries Group(string name, double position, IReadOnlyList<double> samplesNs, TimeScale scale, int color)
    {
        var ys = samplesNs.Select(scale.Of).ToList();
        return new ChartSeries(name, SeriesStyle.BoxWithPoints, ys.Select((_, i) => position + Jitter(i)).ToList(), ys, Box: BoxSummary.Of(position, ys), Color: color);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
