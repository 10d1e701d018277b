using System.Collections.Immutable;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Running;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>BenchmarkDotNet's default order, executed last to first; summaries keep the default order.</summary>
public sealed class ReverseExecutionOrderer : DefaultOrderer
{
    /// <summary>The shared instance.</summary>
    public static new readonly IOrderer Instance = new ReverseExecutionOrderer();

    /// <inheritdoc/>
    public override IEnumerable<BenchmarkCase> GetExecutionOrder(ImmutableArray<BenchmarkCase> benchmarkCases, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
        base.GetExecutionOrder(benchmarkCases, order).Reverse();
}
