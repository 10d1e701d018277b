using System.Collections.Concurrent;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace FlyRigLoader.Benchmarks.ThreadTime;

/// <summary>
/// The benchmark thread's own witness of interference: its time on a CPU and its time waiting for one over each case's
/// measured iterations. The suite runs in-process, so the engine signals on the thread that runs the workload and the
/// readings are that thread's; they are taken just before the first and just after the last measured iteration and cost
/// one small file read each. The gate reads them (<see cref="ThreadTimeMetrics"/>) before it fails a case on time.
/// </summary>
internal sealed class ThreadTimeDiagnoser : IDiagnoser
{
    private readonly ConcurrentDictionary<BenchmarkCase, ThreadTimeCase> _results = new();
    private ThreadTimeReading? _before;

    /// <summary>The one instance the config adds.</summary>
    public static readonly ThreadTimeDiagnoser Default = new();

    /// <inheritdoc />
    public IEnumerable<string> Ids => ["ThreadTime"];

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
                _before = ThreadClock.Read();
                break;
            case HostSignal.AfterActualRun:
                if (_before is { } before && ThreadClock.Read() is { } after && ThreadTimeCase.From(before, after) is { } measured)
                {
                    _results[parameters.BenchmarkCase] = measured;
                }

                _before = null;
                break;
        }
    }

    /// <inheritdoc />
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return _results.TryGetValue(results.BenchmarkCase, out var measured) ? ThreadTimeMetrics.Of(measured) : [];
    }

    /// <inheritdoc />
    public void DisplayResults(ILogger logger)
    {
    }

    /// <inheritdoc />
    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];
}
