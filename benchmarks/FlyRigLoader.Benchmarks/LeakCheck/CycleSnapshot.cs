namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>
/// One measured cycle's memory before it ran and after its full GC: the suite guide's per-iteration snapshot
/// (<c>memory_before_mb</c>, <c>memory_after_mb</c>, <c>memory_delta_mb</c>), for the working set and the managed heap.
/// </summary>
/// <param name="Cycle">1-based measured cycle.</param>
/// <param name="WorkingSetBeforeMb">Working set just before the cycle.</param>
/// <param name="WorkingSetAfterMb">Working set after the cycle and a full GC.</param>
/// <param name="ManagedHeapBeforeMb">Managed heap just before the cycle.</param>
/// <param name="ManagedHeapAfterMb">Managed heap after the cycle and a full GC.</param>
public sealed record CycleSnapshot(int Cycle, double WorkingSetBeforeMb, double WorkingSetAfterMb, double ManagedHeapBeforeMb, double ManagedHeapAfterMb)
{
    /// <summary>What the cycle left in the working set (after − before).</summary>
    public double WorkingSetDeltaMb => WorkingSetAfterMb - WorkingSetBeforeMb;

    /// <summary>What the cycle left on the managed heap (after − before).</summary>
    public double ManagedHeapDeltaMb => ManagedHeapAfterMb - ManagedHeapBeforeMb;
}
