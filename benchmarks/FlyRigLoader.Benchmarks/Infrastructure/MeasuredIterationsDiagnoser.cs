using System.Collections.Concurrent;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>
/// Base of the suite's own diagnosers: a reading just before the first and just after the last measured iteration of each
/// case, never inside one, so they change no timing. The suite runs in-process, so the engine's signals arrive on the
/// thread that runs the workload. Each case's figures land in the full JSON report as metrics, where the gate reads them.
/// </summary>
/// <typeparam name="TCase">What one case's readings come to.</typeparam>
/// <param name="id">The diagnoser's id for BenchmarkDotNet.</param>
internal abstract class MeasuredIterationsDiagnoser<TCase>(string id) : IDiagnoser
    where TCase : class
{
    private readonly ConcurrentDictionary<BenchmarkCase, TCase> _results = new();

    /// <inheritdoc />
    public IEnumerable<string> Ids => [id];

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

    /// <summary>The reading before the measured iterations.</summary>
    internal abstract void Start();

    /// <summary>The reading after them; records the case's figures unless there is no start reading or none could be taken.</summary>
    internal void Stop(BenchmarkCase benchmarkCase)
    {
        if (Finish() is { } measured)
        {
            _results[benchmarkCase] = measured;
        }
    }

    /// <summary>The recorded figures of <paramref name="benchmarkCase"/>, or null when none were taken.</summary>
    internal TCase? Result(BenchmarkCase benchmarkCase) => _results.GetValueOrDefault(benchmarkCase);

    /// <inheritdoc />
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return _results.TryGetValue(results.BenchmarkCase, out var measured) ? MetricsOf(measured) : [];
    }

    /// <inheritdoc />
    public void DisplayResults(ILogger logger)
    {
    }

    /// <inheritdoc />
    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    /// <summary>The figures since <see cref="Start"/>, or null (no start reading, or the platform gives none); clears the start reading.</summary>
    protected abstract TCase? Finish();

    /// <summary>The report's metrics for one case's figures.</summary>
    protected abstract IReadOnlyList<Metric> MetricsOf(TCase measured);
}
