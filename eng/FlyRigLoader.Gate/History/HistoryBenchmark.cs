using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.History;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.History;

/// <summary>One benchmark of one run as the history keeps it.</summary>
/// <param name="FullName">BenchmarkDotNet full name.</param>
/// <param name="MedianNs">Median time per operation.</param>
/// <param name="LogSpread">Standard deviation of the log of the per-iteration times (within-run noise).</param>
/// <param name="N">Measured iterations.</param>
/// <param name="AllocatedBytesPerOp">Allocated bytes per operation, or null when not measured.</param>
internal sealed record HistoryBenchmark(string FullName, double MedianNs, double LogSpread, int N, double? AllocatedBytesPerOp)
{
    /// <summary>The summary of a measured benchmark.</summary>
    public static HistoryBenchmark Of(MeasuredBenchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var logs = benchmark.SamplesNs.Select(s => Math.Log(s)).ToList();
        var mean = logs.Average();
        var spread = logs.Count > 1 ? Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / (logs.Count - 1)) : 0;
        return new HistoryBenchmark(benchmark.FullName, RobustStatistics.Median(benchmark.SamplesNs), spread, benchmark.SamplesNs.Count, benchmark.AllocatedBytesPerOp);
    }

    /// <summary>As the creep rule reads it.</summary>
    public HistoryPoint Point(HistoryEntry run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new HistoryPoint(run.Sha ?? run.RunId, run.Date, MedianNs, LogSpread, N, AllocatedBytesPerOp);
    }
}
