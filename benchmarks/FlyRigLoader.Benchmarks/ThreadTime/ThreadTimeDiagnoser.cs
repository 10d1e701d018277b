using BenchmarkDotNet.Reports;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.ThreadTime;

/// <summary>
/// The benchmark thread's own witness of interference: its time on a CPU and its time waiting for one over each case's
/// measured iterations (the readings are the workload thread's, see <see cref="MeasuredIterationsDiagnoser{TCase}"/>; one
/// small file read each). The gate reads them (<see cref="ThreadTimeMetrics"/>) before it fails a case on time.
/// </summary>
internal sealed class ThreadTimeDiagnoser() : MeasuredIterationsDiagnoser<ThreadTimeCase>("ThreadTime")
{
    private ThreadTimeReading? _before;

    /// <summary>The one instance the config adds.</summary>
    public static readonly ThreadTimeDiagnoser Default = new();

    /// <inheritdoc />
    internal override void Start() => _before = ThreadClock.Read();

    /// <inheritdoc />
    protected override ThreadTimeCase? Finish()
    {
        var before = _before;
        _before = null;
        return before is not null && ThreadClock.Read() is { } after ? ThreadTimeCase.From(before, after) : null;
    }

    /// <inheritdoc />
    protected override IReadOnlyList<Metric> MetricsOf(ThreadTimeCase measured) => ThreadTimeMetrics.Of(measured);
}
