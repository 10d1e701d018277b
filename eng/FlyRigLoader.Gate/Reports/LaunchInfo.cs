using FlyRigLoader.Gate.Core.Interference;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// One launch of the suite within a run: a fresh BenchmarkDotNet process that measured every selected case (or, for a
/// re-measure launch, only the cases to decide under interference), with what the machine did meanwhile.
/// </summary>
/// <param name="Index">1-based position in the run; a case's <c>launch_medians_ns[Index - 1]</c> is its median in this launch.</param>
/// <param name="WallSeconds">Wall-clock time of the process, start to exit.</param>
/// <param name="CpuSeconds">CPU time (user + system) the process used, last read before it exited (up to 250 ms short), or null when unreadable.</param>
/// <param name="ExitCode">Its exit code (−1 when killed).</param>
/// <param name="TimedOut">Killed at the run's <c>--timeout</c> deadline.</param>
/// <param name="Iterations">Measured iterations per case it ran.</param>
/// <param name="ReverseOrder">It ran the classes and cases last to first.</param>
/// <param name="CasesMeasured">Cases it measured successfully.</param>
/// <param name="ForeignCpuSeconds">
/// CPU time every other process on the machine spent while it ran (Linux <c>/proc/stat</c> minus the gate's own and its
/// children's), or null where the OS does not tell.
/// </param>
/// <param name="StealSeconds">CPU time the hypervisor gave to other guests meanwhile, or null where unknown.</param>
/// <param name="ForeignCores">Average cores other processes kept busy (foreign CPU seconds / wall seconds), or null.</param>
/// <param name="LoadAverageStart">The 1-minute load average right before it started (<c>/proc/loadavg</c>), or null.</param>
/// <param name="LoadAverageEnd">The 1-minute load average right after it exited, or null.</param>
/// <param name="CalibrationShift">
/// How far the calibration probe moved between the run's start and the calibration run right after this launch's group
/// (the run's launches, or its re-measure launches): after / before − 1 of the CPU probe's speed (the memory and I/O probes wander by themselves on a quiet VM); null when not measured.
/// </param>
/// <param name="Remeasure">A re-measure launch: it ran only the methods of cases to decide under interference (failing, or left SUSPECTED by an unsettled run).</param>
/// <param name="MemoryAvailableGbStart">
/// Memory available to new work right before it started (Linux <c>MemAvailable</c>, GiB), or null where unknown: with the
/// load and the other processes' CPU, the guide's system monitoring of the run.
/// </param>
/// <param name="MemoryAvailableGbEnd">Memory available right after it exited (GiB), or null.</param>
public sealed record LaunchInfo(
    int Index,
    double WallSeconds,
    double? CpuSeconds,
    int ExitCode,
    bool TimedOut,
    int Iterations,
    bool ReverseOrder,
    int CasesMeasured,
    double? ForeignCpuSeconds = null,
    double? StealSeconds = null,
    double? ForeignCores = null,
    double? LoadAverageStart = null,
    double? LoadAverageEnd = null,
    double? CalibrationShift = null,
    bool Remeasure = false,
    double? MemoryAvailableGbStart = null,
    double? MemoryAvailableGbEnd = null)
{
    /// <summary>The launch's load as the interference rule reads it (0-based index; unknown accounting stays unknown).</summary>
    public LaunchLoad ToLoad(int logicalCores) =>
        new(Index - 1, WallSeconds, CpuSeconds ?? 0, ForeignCpuSeconds, StealSeconds, logicalCores, CalibrationShift);
}
