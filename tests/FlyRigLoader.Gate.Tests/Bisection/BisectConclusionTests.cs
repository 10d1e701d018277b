using FlyRigLoader.Gate.Bisection;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Bisection;

namespace FlyRigLoader.Gate.Tests.Bisection;

public sealed class BisectConclusionTests
{
    [Fact]
    public void A_culprit_exits_0_and_names_its_sha_subject_and_date()
    {
        var (outcome, code, message) = BisectConclusion.Of(new BisectAnswer(BisectAnswerKind.Culprit, [3]), BisectSamples.Range(), BisectSamples.Steps(), [BisectSamples.Commit(3)]);

        Assert.Equal(("CULPRIT", ExitCodes.Ok), (outcome, code));
        Assert.Equal("first slow commit: dddddddddddd \"commit 3\" (2026-03-04T10:00:00+01:00)", message);
    }

    [Fact]
    public void A_bad_end_that_is_not_slower_exits_1_with_the_reason()
    {
        var steps = new[] { BisectSamples.Step(1, 4, "GOOD", 1.02, "NO_CHANGE") };

        var (outcome, code, message) = BisectConclusion.Of(new BisectAnswer(BisectAnswerKind.NoRegression, []), BisectSamples.Range(), steps, []);

        Assert.Equal(("NO_REGRESSION", ExitCodes.GateFailed), (outcome, code));
        Assert.Contains("the bad commit eeeeeeeeeeee is not slower than the good commit aaaaaaaaaaaa", message, StringComparison.Ordinal);
        Assert.Contains("N.T.M(Size: small): NO_CHANGE", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_doubtful_bad_end_and_a_range_exit_3_and_name_no_single_commit()
    {
        var doubtful = new[] { BisectSamples.Step(1, 4, "DOUBTFUL", 1.12, "SUSPECTED") with { Remeasures = 2 } };

        var inconclusive = BisectConclusion.Of(new BisectAnswer(BisectAnswerKind.Inconclusive, []), BisectSamples.Range(), doubtful, []);
        var range = BisectConclusion.Of(new BisectAnswer(BisectAnswerKind.Range, [2, 3]), BisectSamples.Range(), BisectSamples.Steps(), [BisectSamples.Commit(2), BisectSamples.Commit(3)]);

        Assert.Equal(("INCONCLUSIVE", ExitCodes.NoVerdict), (inconclusive.Outcome, inconclusive.ExitCode));
        Assert.Contains("is DOUBTFUL after 2 re-measure(s)", inconclusive.Message, StringComparison.Ordinal);
        Assert.Equal(("RANGE", ExitCodes.NoVerdict), (range.Outcome, range.ExitCode));
        Assert.Contains("one of 2 (cccccccccccc, dddddddddddd)", range.Message, StringComparison.Ordinal);
    }
}
