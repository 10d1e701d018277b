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

    [Fact]
    public void A_lone_slow_launch_is_left_out_of_the_variance()
    {
        // Two launches agree at 1.28, a burst read 2.0: the median (1.28) ignores it, so the spread should too.
        var trimmed = LaunchSpread.LogVarianceWithoutLoneSlow([1.28, 1.30, 2.0])!.Value;

        Assert.Equal(LaunchSpread.LogVariance([1.28, 1.30])!.Value, trimmed, 12);
        Assert.True(trimmed < LaunchSpread.LogVariance([1.28, 1.30, 2.0])!.Value / 100);
    }

    [Theory]
    [InlineData(new[] { 1.0, 1.6, 1.65 })] // two launches high together: the median is theirs, nothing is left out
    [InlineData(new[] { 1.0, 1.2, 1.35 })] // the slowest no further from the next than the others span
    [InlineData(new[] { 1.0, 1.9 })] // two launches: nothing to tell a lone one from
    public void Nothing_is_left_out_unless_one_slow_launch_stands_alone(double[] medians) =>
        Assert.Equal(LaunchSpread.LogVariance(medians)!.Value, LaunchSpread.LogVarianceWithoutLoneSlow(medians)!.Value, 12);

    [Fact]
    public void A_lone_fast_launch_is_kept_since_bursts_only_slow()
    {
        double[] medians = [0.6, 1.0, 1.02];

        Assert.Equal(LaunchSpread.LogVariance(medians)!.Value, LaunchSpread.LogVarianceWithoutLoneSlow(medians)!.Value, 12);
    }
}
