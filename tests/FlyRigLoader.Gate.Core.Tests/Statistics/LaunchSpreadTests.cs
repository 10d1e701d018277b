using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Statistics;

public sealed class LaunchSpreadTests
{
    [Fact]
    public void Between_launch_sd_is_the_sample_sd_of_the_log_medians()
    {
        // ln(100), ln(110), ln(121) step by ln(1.1): mean ln(110), deviations ±ln(1.1) and 0, so sd = ln(1.1).
        Assert.Equal(Math.Log(1.1), LaunchSpread.BetweenLaunchSd([100, 110, 121])!.Value, 12);
    }

    [Fact]
    public void Spread_is_scale_free_and_zero_when_launches_agree()
    {
        Assert.Equal(LaunchSpread.BetweenLaunchSd([1, 2, 4])!.Value, LaunchSpread.BetweenLaunchSd([1000, 2000, 4000])!.Value, 12);
        Assert.Equal(0.0, LaunchSpread.BetweenLaunchSd([5e6, 5e6, 5e6]));
    }

    [Fact]
    public void One_launch_or_a_non_positive_median_has_no_spread()
    {
        Assert.Null(LaunchSpread.BetweenLaunchSd([100]));
        Assert.Null(LaunchSpread.BetweenLaunchSd([]));
        Assert.Null(LaunchSpread.BetweenLaunchSd([100, 0]));
        Assert.Null(LaunchSpread.LogVariance([100, double.NaN]));
    }

    [Fact]
    public void Pooled_variance_takes_each_runs_own_level_out()
    {
        // Two runs at very different levels, each with launches ×1 and ×e: within-run variance of the logs is 0.5 per run.
        var (variance, dof) = LaunchSpread.PooledLogVariance([[100, 100 * Math.E], [1e6, 1e6 * Math.E]]);

        Assert.Equal(0.5, variance, 12);
        Assert.Equal(2, dof);
    }

    [Fact]
    public void Pooled_variance_weights_runs_by_their_degrees_of_freedom_and_skips_single_launches()
    {
        double[] three = [100, 110, 121];
        double[] two = [50, 60];
        var (variance, dof) = LaunchSpread.PooledLogVariance([three, two, [70]]);

        var expected = ((2 * LaunchSpread.LogVariance(three)!.Value) + LaunchSpread.LogVariance(two)!.Value) / 3;
        Assert.Equal(expected, variance, 12);
        Assert.Equal(3, dof);
        Assert.Equal((double.NaN, 0), LaunchSpread.PooledLogVariance([[70], [80]]));
    }
}
