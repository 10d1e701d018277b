using FlyRigLoader.Gate.Bisection;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Bisection;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Tests.Bisection;

public sealed class StepJudgeTests
{
    [Fact]
    public void One_regression_among_the_selected_benchmarks_makes_the_commit_bad()
    {
        var verdict = StepJudge.Judge(Analysis(("N.T.A", TimeVerdict.NoChange, 1.01), ("N.T.B", TimeVerdict.Regression, 1.4), ("N.T.C", TimeVerdict.Suspected, 1.2)), ExitCodes.GateFailed);

        Assert.Equal(StepOutcome.Bad, verdict.Outcome);
        Assert.StartsWith("N.T.B: REGRESSION", verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(["N.T.B", "N.T.C", "N.T.A"], verdict.Benchmarks.Select(b => b.Name));
        Assert.Equal("REGRESSION", verdict.Benchmarks[0].Verdict);
        Assert.Equal(1.4, verdict.Benchmarks[0].Ratio);
        Assert.Equal(1.3, verdict.Benchmarks[0].RatioLower!.Value, 9);
        Assert.Equal(1.5, verdict.Benchmarks[0].RatioUpper!.Value, 9);
    }

    [Theory]
    [InlineData(TimeVerdict.NoChange)]
    [InlineData(TimeVerdict.Improvement)]
    [InlineData(TimeVerdict.Noise)]
    public void No_change_improvement_and_noise_on_every_benchmark_is_good(TimeVerdict verdict)
    {
        var judged = StepJudge.Judge(Analysis(("N.T.A", verdict, 0.97), ("N.T.B", TimeVerdict.NoChange, 1.02)), ExitCodes.Ok);

        Assert.Equal(StepOutcome.Good, judged.Outcome);
        Assert.Contains("worst: N.T.B", judged.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TimeVerdict.Suspected)]
    [InlineData(TimeVerdict.InsufficientData)]
    [InlineData((TimeVerdict)99)]
    public void Anything_short_of_a_clear_answer_is_doubtful_never_good(TimeVerdict verdict)
    {
        var judged = StepJudge.Judge(Analysis(("N.T.A", TimeVerdict.NoChange, 1.0), ("N.T.B", verdict, 1.1)), ExitCodes.Ok);

        Assert.Equal(StepOutcome.Doubtful, judged.Outcome);
        Assert.StartsWith("N.T.B: ", judged.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TimeVerdict.Missing, "absent from or failed in this commit")]
    [InlineData(TimeVerdict.New, "absent from the reference")]
    public void A_benchmark_missing_on_either_side_skips_the_commit(TimeVerdict verdict, string why)
    {
        var judged = StepJudge.Judge(Analysis(("N.T.A", TimeVerdict.Suspected, 1.1), ("N.T.B", verdict, null)), ExitCodes.Error);

        Assert.Equal(StepOutcome.Skipped, judged.Outcome);
        Assert.Equal("N.T.B: " + why, judged.Reason);
        Assert.Equal("N.T.B", judged.Benchmarks[^1].Name);
    }

    [Fact]
    public void A_failed_check_without_an_analysis_skips_the_commit()
    {
        var judged = StepJudge.Judge(null, ExitCodes.Error);

        Assert.Equal(StepOutcome.Skipped, judged.Outcome);
        Assert.Empty(judged.Benchmarks);
        Assert.Contains("exited 2", judged.Reason, StringComparison.Ordinal);
    }

    internal static RegressionAnalysis Analysis(params (string Name, TimeVerdict Verdict, double? Ratio)[] cases) =>
        new([.. cases.Select(c => new BenchmarkComparison
        {
            FullName = c.Name, Verdict = c.Verdict, AllocationVerdict = AllocationVerdict.NoChange, Ratio = c.Ratio,
            RatioLower = c.Ratio - 0.1, RatioUpper = c.Ratio + 0.1, Reason = "because",
        })], new DriftAssessment(0, null, 1, false, false, "none"));
}
