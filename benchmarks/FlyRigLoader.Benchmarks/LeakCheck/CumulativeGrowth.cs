namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>
/// The suite guide's second leak assertion: the per-cycle working-set deltas summed over the check stay under 50 MB. A
/// check of its own, reported beside the slope rule; the managed heap's sum is reported with it.
/// </summary>
/// <param name="WorkingSetMb">Sum of the cycles' working-set deltas.</param>
/// <param name="ManagedHeapMb">Sum of the cycles' managed-heap deltas.</param>
public sealed record CumulativeGrowth(double WorkingSetMb, double ManagedHeapMb)
{
    /// <summary>The guide's limit on the summed working-set growth (MB).</summary>
    public const double LimitMb = 50;

    /// <summary>True when the summed working-set growth is under <see cref="LimitMb"/>, as the guide asserts.</summary>
    public bool Pass => WorkingSetMb < LimitMb;

    /// <summary>The sums over <paramref name="snapshots"/>.</summary>
    public static CumulativeGrowth Of(IReadOnlyList<CycleSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        return new CumulativeGrowth(snapshots.Sum(s => s.WorkingSetDeltaMb), snapshots.Sum(s => s.ManagedHeapDeltaMb));
    }
}
