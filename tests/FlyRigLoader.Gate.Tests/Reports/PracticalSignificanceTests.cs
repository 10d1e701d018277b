using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class PracticalSignificanceTests
{
    [Fact]
    public void A_slowdown_of_at_least_the_threshold_is_practically_significant_and_a_speedup_never()
    {
        Assert.True(PracticalSignificance.Of(1.20, 0.15)!.IsSignificant);
        Assert.True(PracticalSignificance.Of(1.151, 0.15)!.IsSignificant);
        Assert.False(PracticalSignificance.Of(1.10, 0.15)!.IsSignificant);
        Assert.False(PracticalSignificance.Of(0.5, 0.15)!.IsSignificant);
        Assert.Equal(0.2, PracticalSignificance.Of(1.1, 0.2)!.Threshold);
    }

    [Fact]
    public void Without_a_ratio_there_is_no_judgement()
    {
        Assert.Null(PracticalSignificance.Of(null, 0.15));
        Assert.Null(PracticalSignificance.Of(double.NaN, 0.15));
    }
}
