namespace FlyRigLoader.Gate.Reports;

/// <summary>The run's memory figures: the process peaks the suite guide's limits talk about, allocation per operation under its own name, and leak detection.</summary>
/// <param name="PeakAllocatedBytesPerOp">Largest allocation per operation of any case, or null without data.</param>
/// <param name="PeakAllocationBenchmark">The case with that allocation, or null.</param>
/// <param name="LeakDetection">Result of the leak check.</param>
/// <param name="PeakWorkingSetMb">Highest working set of the benchmark process while any case ran (MB), the suite guide's <c>peak_memory_usage_mb</c>; null when the suite recorded none.</param>
/// <param name="PeakWorkingSetBenchmark">The case during which it was reached, or null.</param>
/// <param name="PeakManagedHeapMb">Largest managed heap seen while any case ran (MB), or null.</param>
/// <param name="MaxWorkingSetGrowthMb">Largest working-set growth of any case after a full GC (MB), the suite guide's memory delta; or null.</param>
public sealed record MemoryAnalysis(
    double? PeakAllocatedBytesPerOp,
    string? PeakAllocationBenchmark,
    LeakDetection LeakDetection,
    double? PeakWorkingSetMb = null,
    string? PeakWorkingSetBenchmark = null,
    double? PeakManagedHeapMb = null,
    double? MaxWorkingSetGrowthMb = null)
{
    /// <summary>The process-memory peaks over <paramref name="entries"/> (allocation and leak fields are the caller's).</summary>
    public static MemoryAnalysis Of(IEnumerable<BenchmarkEntry> entries, LeakDetection leak)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(leak);
        var list = entries.ToList();
        var allocation = list.Where(e => e.AllocatedBytesPerOp is not null).MaxBy(e => e.AllocatedBytesPerOp);
        var measured = list.Where(e => e.ProcessMemory is not null).ToList();
        var peak = measured.MaxBy(e => e.ProcessMemory!.PeakWorkingSetBytes);
        const double mb = Core.Results.ProcessMemoryUse.BytesPerMb;
        return new MemoryAnalysis(
            allocation?.AllocatedBytesPerOp,
            allocation?.FullName,
            leak,
            peak is null ? null : peak.ProcessMemory!.PeakWorkingSetBytes / mb,
            peak?.FullName,
            measured.Count == 0 ? null : measured.Max(e => e.ProcessMemory!.PeakManagedHeapBytes) / mb,
            measured.Count == 0 ? null : measured.Max(e => e.ProcessMemory!.WorkingSetGrowthBytes) / mb);
    }
}
