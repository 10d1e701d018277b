using BenchmarkDotNet.Reports;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.ProcessMemory;

/// <summary>
/// Measures each case's peak working set, working-set growth and peak managed heap in the benchmark process (the suite
/// runs in-process) over its actual (measured) iterations: readings are taken just before the first and just after the
/// last of them, never inside one, so they change no timing, and before the extra iteration in which MemoryDiagnoser
/// counts allocated bytes. Resetting the high-water mark (Linux) does not touch page tables. The figures land in the
/// full JSON report as metrics (<see cref="ProcessMemoryMetrics"/>), where the gate reads them.
/// </summary>
internal sealed class ProcessMemoryDiagnoser() : MeasuredIterationsDiagnoser<ProcessMemoryCase>("ProcessMemory")
{
    private ProcessMemorySnapshot? _before;
    private long _gcIndexBefore;

    /// <summary>The one instance the config adds.</summary>
    public static readonly ProcessMemoryDiagnoser Default = new();

    /// <summary>Readings before the operation: what is held after a full GC, and the high-water mark reset where possible.</summary>
    internal override void Start()
    {
        ProcessMemoryProbe.FullCollect();
        var reset = ProcessMemoryProbe.TryResetPeak();
        _before = ProcessMemoryProbe.Read(reset);
        _gcIndexBefore = ProcessMemoryProbe.LatestGcIndex();
    }

    /// <summary>Readings after the operation, before and after a full GC.</summary>
    protected override ProcessMemoryCase? Finish()
    {
        if (_before is not { } before)
        {
            return null;
        }

        var end = ProcessMemoryProbe.Read(before.PeakResettable);
        var heapBeforeCollections = ProcessMemoryProbe.HeapBeforeCollectionsSince(_gcIndexBefore);
        ProcessMemoryProbe.FullCollect();
        var afterGc = ProcessMemoryProbe.Read(before.PeakResettable);
        _before = null;
        return ProcessMemoryCase.From(before, end, afterGc, heapBeforeCollections);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<Metric> MetricsOf(ProcessMemoryCase measured) => ProcessMemoryMetrics.Of(measured);
}
