using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Running;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.Infrastructure;

public sealed class InvocationCountOrdererTests
{
    [Fact]
    public void Cases_with_a_known_count_skip_the_pilot_keep_the_job_id_and_the_rest_stay_as_built()
    {
        var cases = Cases(BenchmarkProfile.Smoke);
        var known = cases.Single(c => c.Parameters.PrintInfo == "Rows=10");
        var counts = new Dictionary<string, long> { [InvocationCounts.Key(known)] = 2048 };

        var ordered = new InvocationCountOrderer(DefaultOrderer.Instance, counts).GetExecutionOrder(cases).ToList();

        Assert.Equal(cases.Select(InvocationCounts.Key), ordered.Select(InvocationCounts.Key));
        var fixedCase = ordered.Single(c => c.Parameters.PrintInfo == "Rows=10");
        Assert.Equal(2048, fixedCase.Job.Run.InvocationCount);
        Assert.Equal("smoke", fixedCase.Job.Id);
        // Everything else about the job is the profile's: only the pilot's choice is fixed.
        Assert.Equal(known.Job.Run.IterationCount, fixedCase.Job.Run.IterationCount);
        Assert.Equal(known.Job.Run.IterationTime, fixedCase.Job.Run.IterationTime);
        Assert.Same(known.Descriptor, fixedCase.Descriptor);
        var other = ordered.Single(c => c.Parameters.PrintInfo == "Rows=20");
        Assert.False(other.Job.Run.HasValue(RunMode.InvocationCountCharacteristic));
    }

    [Fact]
    public void The_inner_orderers_execution_order_is_kept()
    {
        var cases = Cases(BenchmarkProfile.Default);
        var reversed = new InvocationCountOrderer(ReverseExecutionOrderer.Instance, new Dictionary<string, long>()).GetExecutionOrder(cases);

        Assert.Equal(ReverseExecutionOrderer.Instance.GetExecutionOrder(cases).Select(InvocationCounts.Key), reversed.Select(InvocationCounts.Key));
    }

    [Fact]
    public void The_key_names_type_method_and_parameters()
    {
        var keys = Cases(BenchmarkProfile.Smoke).Select(InvocationCounts.Key).Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                typeof(TwoSizes).FullName + ".Sum(Rows=10)",
                typeof(TwoSizes).FullName + ".Sum(Rows=20)",
            ],
            keys);
    }

    private static ImmutableArray<BenchmarkCase> Cases(BenchmarkProfile profile) =>
        [.. BenchmarkConverter.TypeToBenchmarks(typeof(TwoSizes), BenchmarkConfigFactory.Create(profile)).BenchmarksCases];

    /// <summary>A benchmark class with two cases, built but never run.</summary>
    public class TwoSizes
    {
        [Params(10, 20)]
        public int Rows { get; set; }

        [Benchmark]
        public int Sum() => Enumerable.Range(0, Rows).Sum();
    }
}
