using System.Collections.Immutable;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>
/// Another orderer's order, with each case the counts name given that fixed invocation count, so BenchmarkDotNet skips its
/// pilot stage for it. The orderer is the one hook BenchmarkDotNet offers between building the filtered cases and running
/// them; the job keeps its id, so reports still name it "default" or "smoke".
/// </summary>
public sealed class InvocationCountOrderer(IOrderer inner, IReadOnlyDictionary<string, long> counts) : IOrderer
{
    /// <inheritdoc/>
    public bool SeparateLogicalGroups => inner.SeparateLogicalGroups;

    /// <inheritdoc/>
    public IEnumerable<BenchmarkCase> GetExecutionOrder(ImmutableArray<BenchmarkCase> benchmarksCase, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
        inner.GetExecutionOrder(benchmarksCase, order).Select(WithKnownCount);

    /// <inheritdoc/>
    public IEnumerable<BenchmarkCase> GetSummaryOrder(ImmutableArray<BenchmarkCase> benchmarksCases, Summary summary) =>
        inner.GetSummaryOrder(benchmarksCases, summary);

    /// <inheritdoc/>
    public string? GetHighlightGroupKey(BenchmarkCase benchmarkCase) => inner.GetHighlightGroupKey(benchmarkCase);

    /// <inheritdoc/>
    public string? GetLogicalGroupKey(ImmutableArray<BenchmarkCase> allBenchmarksCases, BenchmarkCase benchmarkCase) =>
        inner.GetLogicalGroupKey(allBenchmarksCases, benchmarkCase);

    /// <inheritdoc/>
    public IEnumerable<IGrouping<string, BenchmarkCase>> GetLogicalGroupOrder(IEnumerable<IGrouping<string, BenchmarkCase>> logicalGroups, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
        inner.GetLogicalGroupOrder(logicalGroups, order);

    private BenchmarkCase WithKnownCount(BenchmarkCase benchmarkCase)
    {
        if (!counts.TryGetValue(InvocationCounts.Key(benchmarkCase), out var count) || benchmarkCase.Job.Run.HasValue(RunMode.InvocationCountCharacteristic))
        {
            return benchmarkCase;
        }

        // The suite's jobs unroll by 1, so any count is a whole number of unrolled loops.
        var job = new Job(benchmarkCase.Job.Id, benchmarkCase.Job.WithInvocationCount(count));
        return BenchmarkCase.Create(benchmarkCase.Descriptor, job, benchmarkCase.Parameters, benchmarkCase.Config);
    }
}
