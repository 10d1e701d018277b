using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Statistics;

public sealed class LaunchPoolingTests
{
    private static BenchmarkResult Case(string name, double[] samples, double? allocated = 100, string? error = null) =>
        new(name, "T", name, null, "config", error is null ? samples : [], allocated, error is null, error);

    [Fact]
    public void Samples_of_every_launch_are_pooled_in_launch_order_with_one_median_per_launch()
    {
        var pooled = LaunchPooling.Pool(
        [
            [Case("A", [1, 2, 3]), Case("B", [10, 10, 10])],
            [Case("A", [4, 5, 6]), Case("B", [20, 20, 20])],
            [Case("B", [30, 30, 30]), Case("A", [7, 8, 9])],
        ]);

        Assert.Equal(["A", "B"], pooled.Select(r => r.FullName));
        var a = pooled[0];
        Assert.True(a.Success);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], a.SamplesNs);
        Assert.Equal([2, 5, 8], a.LaunchMediansNs!);
        Assert.Equal([10, 20, 30], pooled[1].LaunchMediansNs!);
    }

    [Fact]
    public void Allocation_is_the_median_over_launches_not_a_sum()
    {
        var pooled = LaunchPooling.Pool([[Case("A", [1], 100)], [Case("A", [1], 140)], [Case("A", [1], 104)]]);

        Assert.Equal(104, pooled.Single().AllocatedBytesPerOp);
    }

    [Fact]
    public void A_case_that_failed_in_one_launch_fails_and_names_the_launch()
    {
        var pooled = LaunchPooling.Pool([[Case("A", [1, 2, 3])], [Case("A", [], error: "threw")]]);

        var a = pooled.Single();
        Assert.False(a.Success);
        Assert.Equal("launch 2 of 2: threw", a.Error);
        Assert.Equal([2], a.LaunchMediansNs!);
    }

    [Fact]
    public void One_launch_keeps_the_readers_result_and_error_text()
    {
        var pooled = LaunchPooling.Pool([[Case("A", [3, 1, 2]), Case("B", [], error: "no measurements")]]);

        Assert.Equal([3, 1, 2], pooled[0].SamplesNs);
        Assert.Equal([2], pooled[0].LaunchMediansNs!);
        Assert.Equal("no measurements", pooled[1].Error);
        Assert.Empty(pooled[1].LaunchMediansNs!);
    }

    [Fact]
    public void A_case_missing_from_a_later_launch_keeps_the_medians_it_has()
    {
        // A run cut short by its deadline: the case finished in launch 1 only.
        var pooled = LaunchPooling.Pool([[Case("A", [1]), Case("B", [5])], [Case("A", [2])]]);

        Assert.Equal([5], pooled.Single(r => r.FullName == "B").LaunchMediansNs!);
        Assert.True(pooled.Single(r => r.FullName == "B").Success);
    }

    [Fact]
    public void Each_launchs_thread_time_stays_beside_its_median_and_a_launch_without_one_is_null()
    {
        var quiet = new ThreadTimeUse(0.98, 0.01);
        var busy = new ThreadTimeUse(0.60, 0.35);

        var pooled = LaunchPooling.Pool(
        [
            [Case("A", [1]) with { LaunchThreadTimes = [quiet] }, Case("B", [5])],
            [Case("A", [2])],
            [Case("A", [3]) with { LaunchThreadTimes = [busy] }, Case("B", [6])],
        ]);

        Assert.Equal([quiet, null, busy], pooled.Single(r => r.FullName == "A").LaunchThreadTimes!);
        Assert.Null(pooled.Single(r => r.FullName == "B").LaunchThreadTimes);
    }
}
