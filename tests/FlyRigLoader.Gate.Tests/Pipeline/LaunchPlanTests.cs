using FlyRigLoader.Gate.Pipeline;

namespace FlyRigLoader.Gate.Tests.Pipeline;

public sealed class LaunchPlanTests
{
    [Theory]
    [InlineData("default", 3, 5)]
    [InlineData("large", 3, 5)]
    [InlineData("smoke", 3, 2)]
    public void Each_profile_defaults_to_three_launches_sharing_its_iterations(string profile, int launches, int perLaunch)
    {
        var plan = LaunchPlan.For(profile, null);

        Assert.Equal(new LaunchPlan(launches, perLaunch), plan);
        Assert.Equal(LaunchPlan.TotalIterations(profile), plan.PooledIterations);
    }

    [Theory]
    [InlineData("default", 1, 15)]
    [InlineData("default", 2, 8)]
    [InlineData("default", 4, 4)]
    [InlineData("default", 15, 1)]
    [InlineData("default", 20, 1)]
    [InlineData("smoke", 1, 6)]
    [InlineData("smoke", 4, 2)]
    public void Launches_option_splits_the_profiles_iterations_rounding_up(string profile, int launches, int perLaunch)
    {
        var plan = LaunchPlan.For(profile, launches);

        Assert.Equal(launches, plan.Launches);
        Assert.Equal(perLaunch, plan.IterationsPerLaunch);
        Assert.True(plan.PooledIterations >= LaunchPlan.TotalIterations(profile));
    }

    [Fact]
    public void Zero_launches_and_unknown_profiles_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LaunchPlan.For("default", 0));
        Assert.Throws<ArgumentException>(() => LaunchPlan.For("turbo", 3));
    }

    [Fact]
    public void Every_other_launch_runs_in_reverse_order()
    {
        Assert.Equal([false, true, false, true], Enumerable.Range(0, 4).Select(LaunchPlan.Reversed));
    }

    [Fact]
    public void Plan_reads_as_launches_times_iterations()
    {
        Assert.Equal("3 launches × 5 iterations", LaunchPlan.For("default", null).ToString());
        Assert.Equal("1 launch × 15 iterations", LaunchPlan.For("default", 1).ToString());
    }
}
