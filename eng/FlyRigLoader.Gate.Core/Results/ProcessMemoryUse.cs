namespace FlyRigLoader.Gate.Core.Results;

/// <summary>
/// What one benchmark case did to the benchmark process's memory over its measured iterations, in bytes, as the suite's
/// process-memory diagnoser recorded it (the suite guide's "peak memory" and "memory delta", plus the GC heap).
/// </summary>
/// <param name="PeakWorkingSetBytes">Highest resident memory of the benchmark process while the case ran.</param>
/// <param name="WorkingSetGrowthBytes">Resident memory after the case and a full GC minus before it (negative when it shrank).</param>
/// <param name="PeakManagedHeapBytes">Largest managed (GC) heap seen while the case ran.</param>
public sealed record ProcessMemoryUse(double PeakWorkingSetBytes, double WorkingSetGrowthBytes, double PeakManagedHeapBytes)
{
    /// <summary>Bytes in a MB (binary, as the suite guide's psutil figures and BenchmarkDotNet use).</summary>
    public const double BytesPerMb = 1024 * 1024;

    /// <summary>
    /// One figure for several launches of a case: the worst of each (highest peaks, largest growth), since a limit holds
    /// only if every process kept it. Null when no launch recorded the case's memory.
    /// </summary>
    public static ProcessMemoryUse? Worst(IEnumerable<ProcessMemoryUse?> launches)
    {
        ArgumentNullException.ThrowIfNull(launches);
        var measured = launches.OfType<ProcessMemoryUse>().ToList();
        return measured.Count == 0
            ? null
            : new ProcessMemoryUse(measured.Max(m => m.PeakWorkingSetBytes), measured.Max(m => m.WorkingSetGrowthBytes), measured.Max(m => m.PeakManagedHeapBytes));
    }
}
