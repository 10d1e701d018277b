using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

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
            new Metric(new Descriptor(PeakWorkingSetId, "Peak WS", "Peak working set of the benchmark process while the case ran (its measured iterations)", 10), measured.PeakWorkingSet),
            new Metric(new Descriptor(WorkingSetGrowthId, "WS growth", "Working set after the case and a full GC minus before it", 11), measured.WorkingSetGrowth),
            new Metric(new Descriptor(PeakManagedHeapId, "Peak heap", "Largest managed heap seen while the case ran", 12), measured.PeakManagedHeap),
        ];
    }

    private sealed class Descriptor(string id, string displayName, string legend, int priority) : IMetricDescriptor
    {
        public string Id => id;

        public string DisplayName => displayName;

        public string Legend => legend;

        public string NumberFormat => "0";

        public UnitType UnitType => UnitType.Size;

        public string Unit => "B";

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => priority;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
