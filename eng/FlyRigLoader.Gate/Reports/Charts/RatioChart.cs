using System.Globalization;
using FlyRigLoader.Gate.Contracts.Charts;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>The suite's current/baseline median ratios, worst first, with their 95 % CI as whiskers.</summary>
internal static class RatioChart
{
    /// <summary>Verdict groups in legend order, each with its palette colour.</summary>
    private static readonly (string Verdict, int Color)[] Groups = [("REGRESSION", 3), ("SUSPECTED", 4), ("IMPROVEMENT", 2), ("NO_CHANGE", 0), ("NOISE", 5), ("INCOMPARABLE", 7), ("OTHER", 6)];

    /// <summary>Rows with a ratio, worst (largest) first; ties by name so the order is stable.</summary>
    public static IReadOnlyList<ComparisonRow> Order(IEnumerable<ComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => r.Ratio is { } x && double.IsFinite(x)).OrderByDescending(r => r.Ratio).ThenBy(r => r.FullName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The chart, or nothing without a comparison.</summary>
    public static IReadOnlyList<ChartSpec> Plan(ChartInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var rows = Order(ComparisonRows.From(inputs.Report.RegressionAnalysis));
        if (!inputs.HasComparison || rows.Count == 0)
        {
            return [];
        }

        var entries = BenchmarkLabel.Index(inputs.Report);
        var n = rows.Count;
        double Y(int i) => n - 1 - i; // worst at the top
        var indexed = rows.Select((r, i) => (Row: r, Y: Y(i))).ToList();
        var series = new List<ChartSeries>();
        foreach (var group in indexed.GroupBy(x => GroupOf(x.Row.Verdict)))
        {
            var color = Groups.FirstOrDefault(g => g.Verdict == group.Key).Color;
            series.Add(new ChartSeries(
                group.Key == "INCOMPARABLE" ? "incomparable (informational)" : group.Key.Replace('_', ' ').ToLowerInvariant(), SeriesStyle.PointsWithXInterval,
                group.Select(x => x.Row.Ratio!.Value).ToList(), group.Select(x => x.Y).ToList(),
                group.Select(x => x.Row.RatioLower ?? x.Row.Ratio!.Value).ToList(), group.Select(x => x.Row.RatioUpper ?? x.Row.Ratio!.Value).ToList(),
                Color: color));
        }

        var lines = new List<ReferenceLine> { new(true, 1.0, "no change (1.0)") };
        if (ComparisonRows.FailThreshold(inputs.Report.RegressionAnalysis) is { } fail && fail > 0)
        {
            lines.Add(new ReferenceLine(true, 1 + fail, Inv($"fail threshold (+{fail * 100:0.#} %)")));
        }

        var worst = rows[0];
        var caption = Inv($"{n} benchmarks, worst first. Worst: {BenchmarkLabel.Of(worst.FullName, entries)} at ×{worst.Ratio:0.000} ({worst.Verdict}). Whiskers are the bootstrap 95 % CI of the median ratio.")
            + (rows.Any(r => r.Informational) ? " Ratios against an incomparable baseline are informational: no verdict comes from them." : "");
        return
        [
            new ChartSpec(
                "ratio-suite", ChartKind.Ratio, ChartSections.Comparison, null, "Median time ratio vs baseline (worst first)",
                "current / baseline median (×)", "benchmark", caption, series, [],
                indexed.Select(x => new ChartTick(x.Y, BenchmarkLabel.Of(x.Row.FullName, entries))).ToList(), lines, 900, Math.Max(300, 200 + (22 * n))),
        ];
    }

    private static string GroupOf(string verdict) => Groups.Any(g => g.Verdict == verdict) ? verdict : "OTHER";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
