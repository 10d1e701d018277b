using System.Globalization;

namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>The leak rule: growth that is both material and statistically real, on either series.</summary>
public static class LeakVerdict
{
    /// <summary>Significance level of the slope test.</summary>
    public const double Alpha = 0.01;

    /// <summary>Managed-heap growth per cycle (MB) that counts as a leak.</summary>
    public const double ManagedSlopeLimitMb = 1.0;

    /// <summary>Working-set growth per cycle (MB) that counts as a leak: the larger of 5 MB and 10% of the dataset, because the OS keeps freed pages for a while.</summary>
    public static double WorkingSetSlopeLimitMb(double datasetMb) => Math.Max(5.0, 0.1 * datasetMb);

    /// <summary>The rule in words, written into the report.</summary>
    public static string Rule(double datasetMb) => string.Create(
        CultureInfo.InvariantCulture,
        $"leak when managed-heap slope > {ManagedSlopeLimitMb:0.##} MB/cycle with p < {Alpha}, or working-set slope > {WorkingSetSlopeLimitMb(datasetMb):0.##} MB/cycle with p < {Alpha} (least-squares line over cycles, after a full blocking GC each cycle)");

    /// <summary>True when either fit breaks the rule.</summary>
    public static bool IsLeak(TrendFit managed, TrendFit workingSet, double datasetMb)
    {
        ArgumentNullException.ThrowIfNull(managed);
        ArgumentNullException.ThrowIfNull(workingSet);
        return (managed.SlopeMbPerCycle > ManagedSlopeLimitMb && managed.PValue < Alpha)
            || (workingSet.SlopeMbPerCycle > WorkingSetSlopeLimitMb(datasetMb) && workingSet.PValue < Alpha);
    }
}
