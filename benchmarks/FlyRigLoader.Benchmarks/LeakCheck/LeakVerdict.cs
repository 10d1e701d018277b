using System.Globalization;

namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>The leak rule: growth that is both material and statistically real, on either series.</summary>
public static class LeakVerdict
{
    /// <summary>Significance level of the slope test.</summary>
    public const double Alpha = 0.01;

    /// <summary>Managed-heap growth per cycle (MB) that counts as a leak.</summary>
    public const double ManagedSlopeLimitMb = 1.0;

    /// <summary>
    /// Working-set growth per cycle (MB) that counts as a leak: by default the larger of 5 MB and 10% of the dataset,
    /// because the OS keeps freed pages for a while; with a tolerance (the suite guide's --memory-tolerance, MB over the
    /// whole check) that growth spread over the cycles.
    /// </summary>
    public static double WorkingSetSlopeLimitMb(double datasetMb, int? toleranceMb = null) =>
        toleranceMb is { } tolerance ? tolerance / (double)LeakCheckRunner.Cycles : Math.Max(5.0, 0.1 * datasetMb);

    /// <summary>The rule in words, written into the report.</summary>
    public static string Rule(double datasetMb, int? toleranceMb = null) => string.Create(
        CultureInfo.InvariantCulture,
        $"leak when managed-heap slope > {ManagedSlopeLimitMb:0.##} MB/cycle with p < {Alpha}, or working-set slope > {WorkingSetSlopeLimitMb(datasetMb, toleranceMb):0.##} MB/cycle with p < {Alpha}{(toleranceMb is { } t ? string.Create(CultureInfo.InvariantCulture, $" (memory tolerance {t} MB over {LeakCheckRunner.Cycles} cycles)") : string.Empty)} (least-squares line over cycles, after a full blocking GC each cycle)");

    /// <summary>True when either fit breaks the rule.</summary>
    public static bool IsLeak(TrendFit managed, TrendFit workingSet, double datasetMb, int? toleranceMb = null)
    {
        ArgumentNullException.ThrowIfNull(managed);
        ArgumentNullException.ThrowIfNull(workingSet);
        return (managed.SlopeMbPerCycle > ManagedSlopeLimitMb && managed.PValue < Alpha)
            || (workingSet.SlopeMbPerCycle > WorkingSetSlopeLimitMb(datasetMb, toleranceMb) && workingSet.PValue < Alpha);
    }
}
