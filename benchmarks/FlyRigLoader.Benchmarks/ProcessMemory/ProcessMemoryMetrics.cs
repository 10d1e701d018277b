using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.ProcessMemory;

/// <summary>The metric ids under which the suite's JSON report carries <see cref="ProcessMemoryCase"/> (bytes); the gate reads these ids.</summary>
internal static class ProcessMemoryMetrics
{
    /// <summary>Peak working set of the process while the case ran.</summary>
    public const string PeakWorkingSetId = "FlyRig.PeakWorkingSet";

    /// <summary>Working set after the case and a full GC minus before it.</summary>
    public const string WorkingSetGrowthId = "FlyRig.WorkingSetGrowth";

    /// <summary>Largest managed heap seen during the case.</summary>
    public const string PeakManagedHeapId = "FlyRig.PeakManagedHeap";

    /// <summary>The three metrics of one case.</summary>
    public static IReadOnlyList<Metric> Of(ProcessMemoryCase measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        return
        [
            new Metric(new SuiteMetricDescriptor(PeakWorkingSetId, "Peak WS", "Peak working set of the benchmark process while the case ran (its measured iterations)", 10, UnitType.Size, "B", "0"), measured.PeakWorkingSet),
            new Metric(new SuiteMetricDescriptor(WorkingSetGrowthId, "WS growth", "Working set after the case and a full GC minus before it", 11, UnitType.Size, "B", "0"), measured.WorkingSetGrowth),
            new Metric(new SuiteMetricDescriptor(PeakManagedHeapId, "Peak heap", "Largest managed heap seen while the case ran", 12, UnitType.Size, "B", "0"), measured.PeakManagedHeap),
        ];
    }
}
