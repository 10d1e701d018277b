namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>
/// What the machine did while one launch of the suite ran: CPU time spent by the suite's processes and by everyone else.
/// The foreign share is the direct witness of a neighbour: a memory-bandwidth hog on the other core burns CPU there even
/// when the calibration workload (which fits in cache) does not notice it.
/// </summary>
/// <param name="Index">Launch number within the run (0-based; re-measure launches continue the numbering).</param>
/// <param name="WallSeconds">Wall time of the launch.</param>
/// <param name="OwnCpuSeconds">CPU time of the gate and the suite's process during the launch.</param>
/// <param name="ForeignCpuSeconds">CPU time every other process (and the kernel on their behalf) spent meanwhile; null where the OS does not tell.</param>
/// <param name="StealSeconds">Time the hypervisor gave this VM's CPUs to others; null where unknown.</param>
/// <param name="LogicalCores">Logical CPUs the times are spread over.</param>
/// <param name="CalibrationShift">
/// How far the calibration's CPU probe moved (its speed, reference / measured) between the start of the run and the calibration run right after
/// this launch's group of launches (−0.2: the probe ran 20 % slower), or null when it was not measured. A witness for
/// the whole group: it says the machine changed, not when.
/// </param>
public sealed record LaunchLoad(int Index, double WallSeconds, double OwnCpuSeconds, double? ForeignCpuSeconds, double? StealSeconds, int LogicalCores, double? CalibrationShift = null)
{
    /// <summary>Average number of cores other processes kept busy (0 on a quiet machine, ~1 with a burner on one core).</summary>
    public double? ForeignCores => ForeignCpuSeconds is { } f && WallSeconds > 0 ? Math.Max(0, f) / WallSeconds : null;

    /// <summary>Share of the machine's CPU time the hypervisor stole.</summary>
    public double? StealShare => StealSeconds is { } s && WallSeconds > 0 && LogicalCores > 0 ? Math.Max(0, s) / (WallSeconds * LogicalCores) : null;
}
