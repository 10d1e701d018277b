using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class PerformanceDeltaTests
{
    [Fact]
    public void Deltas_are_current_minus_baseline_absolute_and_in_percent_of_the_baseline()
    {
        var delta = PerformanceDelta.Of(baselineMean: 200, currentMean: 230, baselineMedian: 100, currentMedian: 90)!;

        Assert.Equal(30, delta.MeanDelta);
        Assert.Equal(15, delta.MeanDeltaPercentage!.Value, 12);
        Assert.Equal(-10, delta.MedianDelta);
        Assert.Equal(-10, delta.MedianDeltaPercentage!.Value, 12);
        Assert.Equal("ns", delta.Unit);
    }

    [Fact]
    public void A_missing_side_leaves_its_pair_null_and_nothing_known_gives_no_object()
    {
        var medianOnly = PerformanceDelta.Of(null, 230, 100, 110)!;

        Assert.Null(medianOnly.MeanDelta);
        Assert.Null(medianOnly.MeanDeltaPercentage);
        Assert.Equal(10, medianOnly.MedianDelta);
        Assert.Null(PerformanceDelta.Of(null, 1, null, 2));
        Assert.Null(PerformanceDelta.Of(0, 1, 0, 2)!.MeanDeltaPercentage);
    }
}
