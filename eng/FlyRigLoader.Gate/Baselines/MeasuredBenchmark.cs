namespace FlyRigLoader.Gate.Baselines;

/// <summary>One benchmark of one run as the gate compares it.</summary>
/// <param name="FullName">BenchmarkDotNet full name (<c>Namespace.Type.Method(Param: value)</c>), the identity key.</param>
/// <param name="Category">Suite category, or null when unknown (foreign BenchmarkDotNet JSON).</param>
/// <param name="SamplesNs">Per-operation time of every actual workload iteration, in nanoseconds.</param>
/// <param name="AllocatedBytesPerOp">Allocated bytes per operation, or null when MemoryDiagnoser was off.</param>
/// <param name="LaunchMediansNs">
/// The median of each fresh process (launch) the samples pool, in order, or null when unknown (one BenchmarkDotNet
/// report, a run from before launches): the gate counts them as the processes behind the run's median and reads their
/// spread.
/// </param>
/// <param name="Remeasured">
/// True when the run judged this case on its re-measure launches (interference): its launch medians are those launches',
/// not the run's own, so they say nothing of how the run's launches agreed.
/// </param>
public sealed record MeasuredBenchmark(
    string FullName, string? Category, IReadOnlyList<double> SamplesNs, double? AllocatedBytesPerOp, IReadOnlyList<double>? LaunchMediansNs = null, bool Remeasured = false)
{
    /// <summary>How many processes the samples pool: the launches when known, else one.</summary>
    public int Processes => LaunchMediansNs is { Count: > 0 } m ? m.Count : 1;

    /// <summary>The launch medians, or the one process's median when they are unknown.</summary>
    public IReadOnlyList<double> ProcessMediansNs => LaunchMediansNs is { Count: > 0 } m ? m : [Core.Statistics.RobustStatistics.Median(SamplesNs)];
}
