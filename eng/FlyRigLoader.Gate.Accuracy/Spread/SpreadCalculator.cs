using System.Globalization;
using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Accuracy.Spread;

/// <summary>
/// The fresh-process spread table (pure): per case, the sample standard deviation of ln(median) across runs of the same
/// build, and its largest / smallest median; then the median, mean and worst over the cases (issue 13's table).
/// </summary>
internal static class SpreadCalculator
{
    /// <summary>Issue 13's bar on the median over cases of sd(log median).</summary>
    public const double MedianBar = 0.03;

    /// <summary>Issue 13's bar on the worst case.</summary>
    public const double WorstBar = 0.10;

    /// <summary>The table of <paramref name="runs"/> (each: case full name → its median in ns); cases measured by fewer than two runs are left out.</summary>
    public static SpreadTable Compute(IReadOnlyList<IReadOnlyDictionary<string, double>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var rows = runs.SelectMany(r => r)
            .Where(kv => double.IsFinite(kv.Value) && kv.Value > 0)
            .GroupBy(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .Select(g => Row(g.Key, [.. g]))
            .OrderByDescending(r => r.SdLogMedian).ThenBy(r => r.FullName, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0)
        {
            return new SpreadTable(runs.Count, 0, null, null, null, null, null, null, []);
        }

        var worstRatio = rows.OrderByDescending(r => r.MaxMinRatio).ThenBy(r => r.FullName, StringComparer.Ordinal).First();
        return new SpreadTable(
            runs.Count, rows.Count, RobustStatistics.Median(rows.Select(r => r.SdLogMedian)), rows.Average(r => r.SdLogMedian),
            rows[0].SdLogMedian, rows[0].FullName, worstRatio.MaxMinRatio, worstRatio.FullName, rows);
    }

    /// <summary>The spread's score: met when the median over cases is at most 0.03 and the worst case at most 0.10.</summary>
    public static ExperimentScore Score(SpreadTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var met = table.MedianSd is { } median && median <= MedianBar && table.WorstSd is { } worst && worst <= WorstBar;
        var observed = table.MedianSd is { } m
            ? string.Create(CultureInfo.InvariantCulture, $"median {m:0.000}, mean {table.MeanSd:0.000}, worst {table.WorstSd:0.000}; max/min up to {table.WorstRatio:0.00}x")
            : "no case measured twice";
        return new ExperimentScore(
            "sd of log(median) between fresh processes", table.Runs, null, null, observed,
            string.Create(CultureInfo.InvariantCulture, $"median <= {MedianBar:0.00}, worst <= {WorstBar:0.00}"), met, new Dictionary<string, int>(StringComparer.Ordinal));
    }

    private static SpreadRow Row(string name, IReadOnlyList<double> medians)
    {
        var logs = medians.Select(m => Math.Log(m)).ToList();
        var mean = logs.Average();
        var sd = Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / (logs.Count - 1));
        return new SpreadRow(name, medians.Count, sd, medians.Max() / medians.Min(), RobustStatistics.Median(medians));
    }
}
