using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.PullRequests;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Tests.Reports;

namespace FlyRigLoader.Gate.Tests.PullRequests;

/// <summary>The comment from verdicts the gate writes (details as in regression-analysis-&lt;run&gt;.json).</summary>
public sealed class PrCommentTests
{
    private static readonly BenchmarkReport Report = ReportBuilder.Build(ReportSamples.Inputs(includeFailure: false));

    private static BenchmarkVerdictDetails Row(string name, string verdict, double ratio, string reason, string allocation = "NO_CHANGE") => new()
    {
        FullName = name, Verdict = verdict, AllocationVerdict = allocation, Ratio = ratio, RatioCi = [ratio - 0.05, ratio + 0.05],
        BaselineMedianNs = 1000, CurrentMedianNs = 1000 * ratio, Reason = reason,
    };

    private static PrCommentInput Input(int exitCode, params BenchmarkVerdictDetails[] rows) =>
        new(Report, new RegressionDetails { RunId = Report.RunId, ExitCode = exitCode, Benchmarks = rows }, null, null, null);

    [Fact]
    public void Inconclusive_and_incomparable_cases_make_a_no_verdict_comment_that_lists_them_with_their_reasons()
    {
        var comment = PrComment.Render(Input(ExitCodes.NoVerdict,
            Row("N.A.Steady", "NO_CHANGE", 1.01, "within noise"),
            Row("N.A.Disturbed", "INCONCLUSIVE", 1.31, "launches disagree (CPU stolen 12%); re-measuring did not clear it"),
            Row("N.A.OtherJob", "INCOMPARABLE", 0.97, "job differs: profile default -> smoke", allocation: "INCOMPARABLE"),
            Row("N.A.Doubtful", "SUSPECTED", 1.17, "practically large, not sure")));

        Assert.Equal(ExitCodes.NoVerdict, PrVerdicts.Decide(Input(ExitCodes.NoVerdict, Row("x", "INCONCLUSIVE", 1, "r"))).ExitCode);
        Assert.Contains("### ⚠️ Benchmarks: No verdict", comment, StringComparison.Ordinal);
        Assert.Contains("**No verdict (INCONCLUSIVE / INCOMPARABLE)** (2)", comment, StringComparison.Ordinal);
        Assert.Contains("| `N.A.Disturbed` | INCONCLUSIVE | NO_CHANGE | launches disagree (CPU stolen 12%); re-measuring did not clear it |", comment, StringComparison.Ordinal);
        Assert.Contains("| `N.A.OtherJob` | INCOMPARABLE | INCOMPARABLE | job differs: profile default -> smoke |", comment, StringComparison.Ordinal);
        Assert.Contains("**SUSPECTED** (1)\n\n| Benchmark | Ratio (95% CI) | Why |\n|---|---|---|\n| `N.A.Doubtful` | 1.170 (1.120–1.220) | practically large, not sure |", comment, StringComparison.Ordinal);
        Assert.Contains("- Time: 1 INCONCLUSIVE, 1 INCOMPARABLE, 1 SUSPECTED, 1 NO_CHANGE", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suspected_case_alone_passes_and_is_shown_for_a_look()
    {
        var input = Input(ExitCodes.Ok, Row("N.A.Steady", "NO_CHANGE", 1.0, "-"), Row("N.A.Doubtful", "SUSPECTED", 1.12, "sure at 1 sigma"));

        var comment = PrComment.Render(input);

        Assert.Equal(ExitCodes.Ok, PrVerdicts.Decide(input).ExitCode);
        Assert.Contains("### ✅ Benchmarks: Performance gate passed", comment, StringComparison.Ordinal);
        Assert.Contains("SUSPECTED cases below are worth a look", comment, StringComparison.Ordinal);
        Assert.Contains("| `N.A.Doubtful` | 1.120 (1.070–1.170) | sure at 1 sigma |", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pass_says_how_large_a_slowdown_it_could_have_called()
    {
        var resolution = new ResolutionDetails
        {
            Benchmarks = 2, MedianRegression = 0.65, FinestBenchmark = "N.A.Steady", FinestRegression = 0.45, CoarsestBenchmark = "N.A.Wide", CoarsestRegression = 0.85,
            RegressionAt25 = 0, FlaggedAt10 = 0,
        };
        var input = Input(ExitCodes.Ok, Row("N.A.Steady", "NO_CHANGE", 1.0, "-"), Row("N.A.Wide", "NO_CHANGE", 1.1, "-"));

        var with = PrComment.Render(input with { Analysis = input.Analysis! with { Resolution = resolution } });
        var without = PrComment.Render(input);

        Assert.Contains("- Resolution (the smallest slowdowns this comparison could call, from its bands and thresholds): a REGRESSION needs +65% (median of 2 benchmarks; "
            + "finest +45% N.A.Steady, coarsest +85% N.A.Wide); 0/2 would call +25% a REGRESSION", with, StringComparison.Ordinal);
        Assert.DoesNotContain("Resolution", without, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regression_outranks_no_verdict()
    {
        var input = Input(ExitCodes.GateFailed, Row("N.A.Slow", "REGRESSION", 1.4, "sure"), Row("N.A.Disturbed", "INCONCLUSIVE", 1.3, "noisy"));

        Assert.Equal(ExitCodes.GateFailed, PrVerdicts.Decide(input).ExitCode);
    }

    [Fact]
    public void An_incomplete_run_is_not_judged_whatever_the_verdicts_say()
    {
        var input = Input(ExitCodes.Ok, Row("N.A.Steady", "NO_CHANGE", 1.0, "-")) with { Report = Report with { Complete = false, IncompleteReason = "timed out" } };

        var verdict = PrVerdicts.Decide(input);

        Assert.Equal(ExitCodes.Error, verdict.ExitCode);
        Assert.Contains("timed out", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_are_capped_pipes_in_names_and_reasons_are_escaped_and_the_comment_fits_github()
    {
        var many = Enumerable.Range(0, 400)
            .Select(i => Row($"N.A.Case{i}(Text: \"a|b\")", "SUSPECTED", 1.1 + (i / 10000.0), new string('x', 2000) + "|\n"))
            .ToArray();

        var comment = PrComment.Render(Input(ExitCodes.Ok, many));

        Assert.True(comment.Length <= PrComment.MaxLength, comment.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("…and 385 more in the HTML report.", comment, StringComparison.Ordinal);
        Assert.Contains("`N.A.Case399(Text: \"a\\|b\")`", comment, StringComparison.Ordinal);
        Assert.All(comment.Split('\n').Where(l => l.StartsWith("| `N.A.Case", StringComparison.Ordinal)), l => Assert.True(l.Length < 700, l));
        Assert.StartsWith(PrComment.Marker + "\n", comment, StringComparison.Ordinal);
    }
}
