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
}
