namespace FlyRigLoader.Benchmarks.ProcessMemory;

/// <summary>One reading of the benchmark process's memory, in bytes.</summary>
/// <param name="WorkingSet">Resident memory of the whole process now.</param>
/// <param name="PeakWorkingSet">The process's high-water mark of resident memory (since the last reset where the OS allows one).</param>
/// <param name="ManagedHeap">Bytes the GC heap holds now, live and not yet collected.</param>
/// <param name="PeakResettable">True when <paramref name="PeakWorkingSet"/> was reset at the start of the measured operation (Linux), so it is the operation's own peak.</param>
/// <param name="GcFreeCommitted">
/// Memory the GC keeps committed but holds no objects in (committed minus heap size at the latest collection): space it
/// keeps for later allocations and gives back to the OS when it sees fit.
/// </param>
public sealed record ProcessMemorySnapshot(long WorkingSet, long PeakWorkingSet, long ManagedHeap, bool PeakResettable, long GcFreeCommitted = 0);
