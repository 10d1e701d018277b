using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

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
            new Metric(new Descriptor(CpuShareId, "CPU share", "Time the benchmark thread ran on a CPU over the wall time of the measured iterations", 20), measured.CpuShare),
            new Metric(new Descriptor(RunQueueShareId, "Run-queue share", "Time the benchmark thread waited for a CPU over the wall time of the measured iterations", 21), measured.RunQueueShare),
        ];
    }

    private sealed class Descriptor(string id, string displayName, string legend, int priority) : IMetricDescriptor
    {
        public string Id => id;

        public string DisplayName => displayName;

        public string Legend => legend;

        public string NumberFormat => "0.000";

        public UnitType UnitType => UnitType.Dimensionless;

        public string Unit => "share";

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => priority;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
