using BenchmarkDotNet.Reports;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.HostProbe;

/// <summary>
/// The host's witness around each case: the memory probe (<see cref="MemoryProbe"/>) read just before the first and just
/// after the last measured iteration, outside the timed region. The gate compares a case's reading in each launch with the
/// run's quiet readings before it fails the case on time (README "Interference").
/// </summary>
internal sealed class MemoryProbeDiagnoser() : MeasuredIterationsDiagnoser<MemoryProbeCase>("MemoryProbe")
{
    private double? _beforeMs;

    /// <summary>The one instance the config adds.</summary>
    public static readonly MemoryProbeDiagnoser Default = new();

    /// <inheritdoc />
    internal override void Start() => _beforeMs = MemoryProbe.MeasureMs();

    /// <inheritdoc />
    protected override MemoryProbeCase? Finish()
    {
        var before = _beforeMs;
        _beforeMs = null;
        return before is { } ms ? new MemoryProbeCase(ms, MemoryProbe.MeasureMs()) : null;
    }

    /// <inheritdoc />
    protected override IReadOnlyList<Metric> MetricsOf(MemoryProbeCase measured) => MemoryProbeMetrics.Of(measured);
}
