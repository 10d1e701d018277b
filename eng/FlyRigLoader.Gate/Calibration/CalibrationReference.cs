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
    /// The CPU and memory part of <see cref="SpeedFactor"/> (same weights, rescaled to sum to one): what a neighbour
    /// on this machine's cores or memory bus changes. The start-to-end shift witness uses it; the I/O probe is left
    /// out because its fsync latency follows the host's storage queue, which moved ±60 % between probes seconds apart
    /// on a quiet machine while the suite's file benchmarks read from the page cache.
    /// </summary>
    public static double ContentionFactor(double cpuMs, double memoryMs, double refCpuMs = CpuMs, double refMemoryMs = MemoryMs) =>
        Math.Exp(((CpuWeight * Math.Log(refCpuMs / cpuMs)) + (MemoryWeight * Math.Log(refMemoryMs / memoryMs))) / (CpuWeight + MemoryWeight));
}
