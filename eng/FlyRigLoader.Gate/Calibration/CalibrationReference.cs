namespace FlyRigLoader.Gate.Calibration;

/// <summary>
/// Timings of the calibration workloads on the reference machine (a 2-vCPU AMD EPYC KVM guest, Linux, .NET 10, measured
/// as the typical median of repeated calibrations;
/// the same class as a GitHub-hosted runner). Changing a workload requires re-measuring these, otherwise every
/// normalized time shifts.
/// </summary>
internal static class CalibrationReference
{
    /// <summary>Reference CPU workload time (ms).</summary>
    public const double CpuMs = 12;

    /// <summary>Reference memory workload time (ms).</summary>
    public const double MemoryMs = 55;

    /// <summary>Reference I/O workload time (ms).</summary>
    public const double IoMs = 25;

    /// <summary>Workload weights, as in the seed's overall factor.</summary>
    public const double CpuWeight = 0.6;

    /// <summary>Memory weight.</summary>
    public const double MemoryWeight = 0.2;

    /// <summary>I/O weight.</summary>
    public const double IoWeight = 0.2;

    /// <summary>Weighted geometric mean of reference / measured; geometric so one slow subsystem cannot dominate.</summary>
    public static double SpeedFactor(double cpuMs, double memoryMs, double ioMs, double refCpuMs = CpuMs, double refMemoryMs = MemoryMs, double refIoMs = IoMs) =>
        Math.Exp((CpuWeight * Math.Log(refCpuMs / cpuMs)) + (MemoryWeight * Math.Log(refMemoryMs / memoryMs)) + (IoWeight * Math.Log(refIoMs / ioMs)));

    /// <summary>
    /// The CPU part of <see cref="SpeedFactor"/> alone: the start-to-end shift witness compares it. The other probes
    /// wander on a quiet machine by themselves: 40 calibrations 0.4 s apart on this 2-vCPU VM (load below 1) timed the
    /// 8 MB copies 4.8–18 ms whether the buffers were fresh or reused (the host's memory bandwidth, shared with other
    /// guests), and fsync latency follows the host's storage queue, so with memory in the witness 27 % of quiet probe
    /// pairs moved more than 15 %, with the CPU probe alone 5 % (sd of log 0.02–0.07).
    /// </summary>
    public static double CpuFactor(double cpuMs, double refCpuMs = CpuMs) => refCpuMs / cpuMs;
}
