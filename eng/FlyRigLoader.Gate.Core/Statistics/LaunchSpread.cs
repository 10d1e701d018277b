namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>
/// How much fresh processes (launches) of the same build disagree about a case, in log terms, because a process's JIT
/// tiering, dynamic PGO and GC/virtual-memory state move its whole sample together (pure).
/// </summary>
public static class LaunchSpread
{
    /// <summary>The standard deviation (n − 1) of ln(median) over the launches; null with fewer than two launches or a non-positive median.</summary>
    public static double? BetweenLaunchSd(IReadOnlyList<double> launchMediansNs) =>
        LogVariance(launchMediansNs) is { } variance ? Math.Sqrt(variance) : null;

    /// <summary>The sample variance (n − 1) of ln(value); null with fewer than two values or a non-positive or non-finite one.</summary>
    public static double? LogVariance(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2 || values.Any(v => !double.IsFinite(v) || v <= 0))
        {
            return null;
        }

        var logs = values.Select(v => Math.Log(v)).ToList();
        var mean = logs.Average();
        return logs.Sum(l => (l - mean) * (l - mean)) / (logs.Count - 1);
    }

    /// <summary>
    /// <see cref="LogVariance"/> without a lone slow launch: with three or more launches, when the slowest sits further
    /// above the next one (in log terms) than the others span, it is left out. This host's bursts only slow a launch, and
    /// one burst launch among agreeing ones says nothing about how far the run's median (which ignores it) can move;
    /// when two or more launches sit high together nothing is left out, since then the median is theirs.
    /// </summary>
    public static double? LogVarianceWithoutLoneSlow(IReadOnlyList<double> values)
    {
        var all = LogVariance(values);
        if (values.Count < 3 || all is null)
        {
            return all;
        }

        var sorted = values.Order().ToList();
        var gap = Math.Log(sorted[^1] / sorted[^2]);
        var rest = Math.Log(sorted[^2] / sorted[0]);
        return gap > rest ? LogVariance(sorted.GetRange(0, sorted.Count - 1)) : all;
    }

    /// <summary>
    /// The pooled within-group variance of ln(value), Σ squared deviations from each group's own mean over Σ(nᵢ − 1), and
    /// those degrees of freedom: with one group per run holding its launch medians, the between-process variance that
    /// K runs × L launches show with the runs' own levels taken out. Groups unusable for <see cref="LogVariance"/> add
    /// nothing; no usable group gives (NaN, 0).
    /// </summary>
    public static (double Variance, int DegreesOfFreedom) PooledLogVariance(IEnumerable<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var sum = 0.0;
        var dof = 0;
        foreach (var group in groups)
        {
            if (LogVariance(group) is { } variance)
            {
                sum += variance * (group.Count - 1);
                dof += group.Count - 1;
            }
        }

        return dof == 0 ? (double.NaN, 0) : (sum / dof, dof);
    }
}
