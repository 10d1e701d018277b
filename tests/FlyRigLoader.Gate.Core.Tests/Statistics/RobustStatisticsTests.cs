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
}
