using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Statistics;

public sealed class RobustStatisticsTests
{
    [Fact]
    public void The_median_of_a_segment_reads_only_that_segment()
    {
        double[] series = [100, 1, 3, 2, 50, 60];

        Assert.Equal(2, RobustStatistics.Median(series, 1, 4));
        Assert.Equal(55, RobustStatistics.Median(series, 4, 6));
        Assert.Equal(RobustStatistics.Median(series), RobustStatistics.Median(series, 0, series.Length));
    }

    [Fact]
    public void An_empty_segment_has_no_median()
    {
        Assert.True(double.IsNaN(RobustStatistics.Median([1.0, 2.0], 1, 1)));
    }

    [Fact]
    public void The_scaled_mad_ignores_one_wild_value_of_five_and_is_the_sd_of_normal_data()
    {
        // Deviations from the median 3: 2, 1, 0, 1, 97 -> their median 1.
        Assert.Equal(1.4826, RobustStatistics.ScaledMad([1.0, 2.0, 3.0, 4.0, 100.0]), 12);
        Assert.Equal(0.0, RobustStatistics.ScaledMad([5.0, 5.0, 5.0, 9.0]));
        Assert.True(double.IsNaN(RobustStatistics.ScaledMad([])));

        var random = new Random(7);
        double[] normal = [.. Enumerable.Range(0, 20_000).Select(_ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))];
        Assert.InRange(RobustStatistics.ScaledMad(normal), 0.97, 1.03);
    }
}
