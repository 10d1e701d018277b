using System.Collections.Concurrent;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace FlyRigLoader.Benchmarks.ProcessMemory;

/// <summary>
/// Measures each case's peak working set, working-set growth and peak managed heap in the benchmark process (the suite
/// runs in-process) over its actual (measured) iterations: readings are taken just before the first and just after the
/// last of them, never inside one, so they change no timing, and before the extra iteration in which MemoryDiagnoser
/// counts allocated bytes. Resetting the high-water mark (Linux) does not touch page tables. The figures land in the
/// full JSON report as metrics (<see cref="ProcessMemoryMetrics"/>), where the gate reads them.
/// </summary>
internal sealed class ProcessMemoryDiagnoser : IDiagnoser
{
    private readonly ConcurrentDictionary<BenchmarkCase, ProcessMemoryCase> _results = new();
    private ProcessMemorySnapshot? _before;
    private long _gcIndexBefore;

    /// <summary>The one instance the config adds.</summary>
    public static readonly ProcessMemoryDiagnoser Default = new();

    /// <inheritdoc />
    public IEnumerable<string> Ids => ["ProcessMemory"];

    /// <inheritdoc />
    public IEnumerable<IExporter> Exporters => [];

    /// <inheritdoc />
    public IEnumerable<IAnalyser> Analysers => [];

    /// <inheritdoc />
    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    /// <inheritdoc />
    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        switch (signal)
        {
            case HostSignal.BeforeActualRun:
                Start();
                break;
            case HostSignal.AfterActualRun:
                Stop(parameters.BenchmarkCase);
                break;
        }
    }

    /// <summary>Readings before the operation: what is held after a full GC, and the high-water mark reset where possible.</summary>
    internal void Start()
    {
        ProcessMemoryProbe.FullCollect();
        var reset = ProcessMemoryProbe.TryResetPeak();
        _before = ProcessMemoryProbe.Read(reset);
        _gcIndexBefore = ProcessMemoryProbe.LatestGcIndex();
    }

    /// <summary>Readings after the operation, before and after a full GC; records the case's figures.</summary>
    internal void Stop(BenchmarkCase benchmarkCase)
    {
        if (_before is not { } before)
        {
            return;
        }

        var end = ProcessMemoryProbe.Read(before.PeakResettable);
        var heapBeforeCollections = ProcessMemoryProbe.HeapBeforeCollectionsSince(_gcIndexBefore);
        ProcessMemoryProbe.FullCollect();
        var afterGc = ProcessMemoryProbe.Read(before.PeakResettable);
        _results[benchmarkCase] = ProcessMemoryCase.From(before, end, afterGc, heapBeforeCollections);
        _before = null;
    }

    /// <summary>The recorded figures of <paramref name="benchmarkCase"/>, or null when its extra iteration did not run.</summary>
    internal ProcessMemoryCase? Result(BenchmarkCase benchmarkCase) => _results.GetValueOrDefault(benchmarkCase);

    /// <inheritdoc />
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return _results.TryGetValue(results.BenchmarkCase, out var measured) ? ProcessMemoryMetrics.Of(measured) : [];
    }

    /// <inheritdoc />
    public void DisplayResults(ILogger logger)
    {
    }

    /// <inheritdoc />
    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];
}
