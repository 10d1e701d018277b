using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.HostProbe;

/// <summary>The metric id under which the suite's JSON report carries <see cref="MemoryProbeCase"/>; the gate reads this id.</summary>
internal static class MemoryProbeMetrics
{
    /// <summary>The slower of the memory probe's two readings around the measured iterations, in milliseconds.</summary>
    public const string SlowerMsId = "FlyRig.MemoryProbeMs";

    /// <summary>The metric of one case.</summary>
    public static IReadOnlyList<Metric> Of(MemoryProbeCase measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        return
        [
            new Metric(new SuiteMetricDescriptor(SlowerMsId, "Memory probe", "The slower of two readings of a 4 MB copy probe just before and just after the measured iterations (host memory contention)", 22, UnitType.Dimensionless, "ms", "0.000"), measured.SlowerMs),
        ];
    }
}
