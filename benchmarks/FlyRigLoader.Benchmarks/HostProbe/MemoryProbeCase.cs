namespace FlyRigLoader.Benchmarks.HostProbe;

/// <summary>The memory probe's readings just before and just after one case's measured iterations.</summary>
/// <param name="BeforeMs">The reading before the first measured iteration.</param>
/// <param name="AfterMs">The reading after the last.</param>
public sealed record MemoryProbeCase(double BeforeMs, double AfterMs)
{
    /// <summary>The slower reading: a burst that began or ended while the case ran shows in one of the two.</summary>
    public double SlowerMs => Math.Max(BeforeMs, AfterMs);
}
