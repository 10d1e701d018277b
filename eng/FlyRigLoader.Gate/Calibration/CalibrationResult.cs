namespace FlyRigLoader.Gate.Calibration;

/// <summary>
/// The run's reference-workload timings and the speed factor derived from them.
/// <see cref="SpeedFactor"/> &gt; 1 means this machine is faster than the reference machine; a normalized time is
/// raw time × speed factor, i.e. the time the reference machine would have needed.
/// </summary>
/// <param name="CpuMs">Median of the CPU workload (ms).</param>
/// <param name="MemoryMs">Median of the memory-bandwidth workload (ms).</param>
/// <param name="IoMs">Median of the small-file I/O workload (ms).</param>
/// <param name="Repetitions">Repetitions per workload.</param>
/// <param name="ReferenceCpuMs">The reference machine's CPU time.</param>
/// <param name="ReferenceMemoryMs">The reference machine's memory time.</param>
/// <param name="ReferenceIoMs">The reference machine's I/O time.</param>
/// <param name="SpeedFactor">Weighted geometric mean of reference / measured (weights 0.6 CPU, 0.2 memory, 0.2 I/O).</param>
public sealed record CalibrationResult(
    double CpuMs,
    double MemoryMs,
    double IoMs,
    int Repetitions,
    double ReferenceCpuMs,
    double ReferenceMemoryMs,
    double ReferenceIoMs,
    double SpeedFactor)
{
    /// <summary>Raw per-operation time rescaled to the reference machine.</summary>
    public double Normalize(double raw) => raw * SpeedFactor;
}
