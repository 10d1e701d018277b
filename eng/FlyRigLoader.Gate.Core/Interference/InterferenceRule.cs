using System.Globalization;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>
/// Decides, per case, whether the run itself shows interference (pure). Two witnesses: the machine's CPU accounting per
/// launch (other processes busy, or the hypervisor stealing, while the case was measured) and the case's own launches
/// disagreeing far more than the rest of the suite's. Only a verdict that would fail the build asks this question; the
/// answer decides between re-measuring and failing.
/// </summary>
public static class InterferenceRule
{
    /// <summary>The finding for one case.</summary>
    /// <param name="fullName">The case.</param>
    /// <param name="caseLaunches">Indices of the launches that measured this case, with the case's median in each.</param>
    /// <param name="loads">The CPU accounting of every launch of the run (any order; unknown launches are simply absent).</param>
    /// <param name="suiteLaunchSpread">Median over the run's cases of the sd of log launch medians (null with one launch).</param>
    /// <param name="thresholds">The thresholds.</param>
    public static InterferenceFinding Assess(
        string fullName, IReadOnlyList<(int Launch, double MedianNs)> caseLaunches, IReadOnlyList<LaunchLoad> loads, double? suiteLaunchSpread, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        ArgumentNullException.ThrowIfNull(caseLaunches);
        ArgumentNullException.ThrowIfNull(loads);
        ArgumentNullException.ThrowIfNull(thresholds);
        var reasons = new List<string>();
        var quiet = new List<int>();
        var byIndex = loads.GroupBy(l => l.Index).ToDictionary(g => g.Key, g => g.First());
        foreach (var (launch, _) in caseLaunches)
        {
            var load = byIndex.GetValueOrDefault(launch);
            var disturbed = Disturbance(load, thresholds);
            if (disturbed is null)
            {
                quiet.Add(launch);
            }
            else
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"launch {launch + 1}: {disturbed}"));
            }
        }

        if (Spread(caseLaunches.Select(c => c.MedianNs).ToList()) is { } spread && spread > thresholds.LaunchSpread
            && (suiteLaunchSpread is not { } suite || spread > thresholds.LaunchSpreadVsSuite * suite))
        {
            var medians = string.Join(" / ", caseLaunches.Select(c => Milliseconds(c.MedianNs)));
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"its launches disagree (medians {medians}; sd of log {spread:0.000} > {thresholds.LaunchSpread:0.00}{(suiteLaunchSpread is { } s ? string.Create(CultureInfo.InvariantCulture, $" and > {thresholds.LaunchSpreadVsSuite:0.#}x the suite's {s:0.000}") : string.Empty)})"));
            quiet.Clear();
        }

        return new InterferenceFinding(fullName, reasons, quiet);
    }

    /// <summary>Why a launch counts as disturbed, or null when it was quiet (or its accounting is unknown).</summary>
    public static string? Disturbance(LaunchLoad? load, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (load is null)
        {
            return null;
        }

        if (load.ForeignCores is { } foreign && foreign > thresholds.ForeignCores)
        {
            return string.Create(CultureInfo.InvariantCulture, $"other processes kept {foreign:0.00} of {load.LogicalCores} cores busy (limit {thresholds.ForeignCores:0.00})");
        }

        return load.StealShare is { } steal && steal > thresholds.StealShare
            ? string.Create(CultureInfo.InvariantCulture, $"the hypervisor stole {steal * 100:0}% of CPU time (limit {thresholds.StealShare * 100:0}%)")
            : null;
    }

    /// <summary>sd of the log of positive values; null with fewer than two.</summary>
    public static double? Spread(IReadOnlyList<double> medians)
    {
        ArgumentNullException.ThrowIfNull(medians);
        var logs = medians.Where(m => m > 0 && double.IsFinite(m)).Select(m => Math.Log(m)).ToList();
        if (logs.Count < 2)
        {
            return null;
        }

        var mean = logs.Average();
        return Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / (logs.Count - 1));
    }

    /// <summary>Median over cases of their launch spread (null when no case has two launches).</summary>
    public static double? SuiteSpread(IEnumerable<IReadOnlyList<double>> caseLaunchMedians)
    {
        ArgumentNullException.ThrowIfNull(caseLaunchMedians);
        var spreads = caseLaunchMedians.Select(m => Spread(m)).OfType<double>().ToList();
        return spreads.Count == 0 ? null : RobustStatistics.Median(spreads);
    }

    private static string Milliseconds(double ns) => (ns / 1e6).ToString("0.###", CultureInfo.InvariantCulture) + " ms";
}
