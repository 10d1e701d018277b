namespace FlyRigLoader.Benchmarks.ProcessMemory;

/// <summary>
/// What one benchmark case did to the process's memory over its measured iterations, in bytes:
/// pure arithmetic over the readings taken before and after it.
/// </summary>
/// <param name="PeakWorkingSet">Highest resident memory of the process while the case ran (the suite guide's "peak memory").</param>
/// <param name="WorkingSetGrowth">
/// Resident memory after the measured iterations and a full GC minus before them (the guide's "memory delta"; negative
/// when it shrank), each reading less the GC's free committed space. Without that, one default run in four read 114 MB
/// of growth on a 122 MB/op case that retains nothing (0 MB in the other three): the GC had simply kept one operation's
/// freed memory for the next. Decommitting it after the case instead (an Aggressive collection) read −740 MB, because
/// the reading before the case still held it, which would hide a leak of that size.
/// </param>
/// <param name="PeakManagedHeap">Largest GC heap seen: at the end of the measured iterations or just before a collection during them.</param>
public sealed record ProcessMemoryCase(long PeakWorkingSet, long WorkingSetGrowth, long PeakManagedHeap)
{
    /// <summary>
    /// The case's figures from the reading <paramref name="before"/> the measured iterations (after a full GC), the reading at their
    /// <paramref name="end"/> (before any clean-up), the reading <paramref name="afterGc"/> (after a full GC) and the
    /// largest heap size the GC reported before a collection during them (0 when none ran).
    /// </summary>
    /// <remarks>
    /// Where the OS cannot reset the high-water mark (Windows, macOS) it only tells the case's own peak when the case set
    /// a new high for the process; otherwise the larger of the readings around the case is the best lower bound.
    /// </remarks>
    public static ProcessMemoryCase From(ProcessMemorySnapshot before, ProcessMemorySnapshot end, ProcessMemorySnapshot afterGc, long heapBeforeCollections)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(end);
        ArgumentNullException.ThrowIfNull(afterGc);
        var readings = Math.Max(before.WorkingSet, end.WorkingSet);
        var peak = end.PeakResettable || end.PeakWorkingSet > before.PeakWorkingSet
            ? Math.Max(end.PeakWorkingSet, readings)
            : readings;
        var growth = (afterGc.WorkingSet - afterGc.GcFreeCommitted) - (before.WorkingSet - before.GcFreeCommitted);
        return new ProcessMemoryCase(peak, growth, Math.Max(end.ManagedHeap, heapBeforeCollections));
    }
}
