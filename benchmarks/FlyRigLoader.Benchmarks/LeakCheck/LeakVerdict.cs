using System.Globalization;

namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>The leak rule: growth that is both material and statistically real, on either series.</summary>
public static class LeakVerdict
{
    /// <summary>The rule in words, written into the report.</summary>
    public static string Rule(double datasetMb, LeakRule? rule = null)
    {
        var r = rule ?? LeakRule.Default;
        var tolerance = r.ToleranceMb is { } t
            ? string.Create(CultureInfo.InvariantCulture, $" (memory tolerance {t} MB over {LeakCheckRunner.Cycles} cycles)")
            : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"leak when managed-heap slope > {r.ManagedSlopeLimitMb:0.###} MB/cycle with p < {r.Alpha}, or working-set slope > {r.WorkingSetSlopeLimitMb(datasetMb):0.##} MB/cycle with p < {r.Alpha}{tolerance} (least-squares line over cycles, after a full blocking GC each cycle)");
    }

    /// <summary>True when either fit breaks the rule.</summary>
    public static bool IsLeak(TrendFit managed, TrendFit workingSet, double datasetMb, LeakRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(managed);
        ArgumentNullException.ThrowIfNull(workingSet);
        var r = rule ?? LeakRule.Default;
        return (managed.SlopeMbPerCycle > r.ManagedSlopeLimitMb && managed.PValue < r.Alpha)
            || (workingSet.SlopeMbPerCycle > r.WorkingSetSlopeLimitMb(datasetMb) && workingSet.PValue < r.Alpha);
    }
}
