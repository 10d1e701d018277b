using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class GuideVerdictsTests
{
    [Theory]
    [InlineData("REGRESSION", "NO_CHANGE", "REGRESSION_DETECTED")]
    [InlineData("NO_CHANGE", "REGRESSION", "REGRESSION_DETECTED")]
    [InlineData("SUSPECTED", "NO_CHANGE", "REGRESSION_SUSPECTED")]
    [InlineData("NO_CHANGE", "NO_CHANGE", "NO_REGRESSION")]
    [InlineData("IMPROVEMENT", "IMPROVEMENT", "NO_REGRESSION")]
    [InlineData("NOISE", "NOT_MEASURED", "NO_REGRESSION")]
    [InlineData("NEW", "NEW", "NO_BASELINE")]
    [InlineData("INCOMPARABLE", "INCOMPARABLE", "NO_BASELINE")]
    [InlineData("INSUFFICIENT_DATA", "NO_CHANGE", null)]
    [InlineData("INCONCLUSIVE", "NO_CHANGE", null)]
    [InlineData("MISSING", "MISSING", null)]
    public void Each_of_our_benchmark_verdicts_has_its_guide_name_or_none(string verdict, string allocation, string? guide) =>
        Assert.Equal(guide, GuideVerdicts.ForBenchmark(verdict, allocation));

    [Fact]
    public void A_run_without_a_regression_but_with_a_suspected_case_is_suspected_in_the_guides_terms()
    {
        Assert.Equal("REGRESSION_SUSPECTED", GuideVerdicts.ForRun("NO_REGRESSION", ["NO_REGRESSION", "REGRESSION_SUSPECTED"]));
        Assert.Equal("NO_REGRESSION", GuideVerdicts.ForRun("NO_REGRESSION", ["NO_REGRESSION", null]));
        Assert.Equal("REGRESSION_DETECTED", GuideVerdicts.ForRun("REGRESSION_DETECTED", ["REGRESSION_SUSPECTED"]));
        Assert.Equal("NO_BASELINE", GuideVerdicts.ForRun("NO_BASELINE", []));
        Assert.Null(GuideVerdicts.ForRun("NO_VERDICT", ["NO_REGRESSION"]));
        Assert.Null(GuideVerdicts.ForRun("ERROR", []));
    }
}
