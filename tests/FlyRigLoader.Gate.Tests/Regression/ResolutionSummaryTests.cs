using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class ResolutionSummaryTests
{
    private static BenchmarkComparison Row(string name, double? regression, double flagged, bool informational = false) => new()
    {
        FullName = name, Verdict = TimeVerdict.NoChange, AllocationVerdict = AllocationVerdict.NoChange, Reason = "r",
        Resolution = new Resolution(regression, flagged), Informational = informational,
    };

    [Fact]
    public void Summarizes_the_median_the_extremes_and_the_two_reference_slowdowns()
    {
        var summary = ResolutionSummary.Of(
        [
            Row("a", 0.15, 0.05), Row("b", 0.9, 0.15), Row("c", 0.25, 0.10), Row("d", 0.4, 0.12),
            Row("e", 0.15, 0.05, informational: true),
            new BenchmarkComparison { FullName = "f", Verdict = TimeVerdict.New, AllocationVerdict = AllocationVerdict.New, Reason = "new" },
        ])!;

        Assert.Equal(4, summary.Benchmarks);
        Assert.Equal(0.325, summary.MedianRegression!.Value, 12);
        Assert.Equal(("a", 0.15), summary.Finest);
        Assert.Equal(("b", 0.9), summary.Coarsest);
        Assert.Equal(2, summary.RegressionAt25);
        Assert.Equal(2, summary.FlaggedAt10);
    }

    [Fact]
    public void Capped_verdicts_say_no_regression_could_be_called()
    {
        var summary = ResolutionSummary.Of([Row("a", null, 0.05), Row("b", null, 0.15)])!;
        var text = summary.Details().Describe(sideBySide: false);

        Assert.Null(summary.MedianRegression);
        Assert.Equal(0, summary.RegressionAt25);
        Assert.Contains("capped at SUSPECTED, so no REGRESSION could be called; 1/2 would flag +10%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sentence_gives_the_numbers_and_sends_smaller_slowdowns_side_by_side_unless_already_there()
    {
        var details = ResolutionSummary.Of([Row("a", 0.15, 0.05), Row("b", 0.9, 0.15)])!.Details();

        var first = details.Describe(sideBySide: false);
        var ab = details.Describe(sideBySide: true);

        Assert.Contains("a REGRESSION needs +52.5% (median of 2 benchmarks; finest +15% a, coarsest +90% b); 1/2 would call +25% a REGRESSION, 1/2 would flag +10% at least SUSPECTED", first, StringComparison.Ordinal);
        Assert.Contains("--against", first, StringComparison.Ordinal);
        Assert.DoesNotContain("--against", ab, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.03, " This run was settled: its launches agreed by a median sd of log 0.030 (limit 0.06).")]
    [InlineData(0.15, " This run was unsettled: its launches disagreed by a median sd of log 0.150 (above 0.06), so it ran in the host's bursts;")]
    public void The_sentence_says_whether_the_run_itself_was_settled_from_its_launch_spread(double spread, string expected)
    {
        var summary = ResolutionSummary.Of([Row("a", 0.15, 0.05), Row("b", 0.9, 0.15), Row("c", 0.3, 0.1)])!;

        Assert.Contains(expected, summary.Details(0.06, spread).Describe(sideBySide: false), StringComparison.Ordinal);
        Assert.DoesNotContain("This run was", summary.Details(0, spread).Describe(sideBySide: false), StringComparison.Ordinal);
        Assert.DoesNotContain("This run was", summary.Details(0.06, spread).Describe(sideBySide: true), StringComparison.Ordinal);
        Assert.DoesNotContain("This run was", summary.Details(0.06, null).Describe(sideBySide: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_to_summarize_is_null()
    {
        Assert.Null(ResolutionSummary.Of([Row("e", 0.15, 0.05, informational: true)]));
    }
}
