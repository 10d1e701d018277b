using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.ThreadTime;

/// <summary>The metric ids under which the suite's JSON report carries <see cref="ThreadTimeCase"/> (shares of wall time); the gate reads these ids.</summary>
internal static class ThreadTimeMetrics
{
    /// <summary>Time the benchmark thread ran on a CPU over the measured iterations' wall time.</summary>
    public const string CpuShareId = "FlyRig.ThreadCpuShare";

    /// <summary>Time the benchmark thread waited, runnable, for a CPU over the measured iterations' wall time.</summary>
    public const string RunQueueShareId = "FlyRig.RunQueueShare";

    /// <summary>The two metrics of one case.</summary>
    public static IReadOnlyList<Metric> Of(ThreadTimeCase measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        return
        [
            new Metric(new SuiteMetricDescriptor(CpuShareId, "CPU share", "Time the benchmark thread ran on a CPU over the wall time of the measured iterations", 20, UnitType.Dimensionless, "share", "0.000"), measured.CpuShare),
            new Metric(new SuiteMetricDescriptor(RunQueueShareId, "Run-queue share", "Time the benchmark thread waited for a CPU over the wall time of the measured iterations", 21, UnitType.Dimensionless, "share", "0.000"), measured.RunQueueShare),
        ];
    }
}
