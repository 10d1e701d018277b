using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Bisection;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Bisection;

/// <summary>
/// Turns the regression rule's verdicts on one A/B measurement into a bisection outcome (pure). Only time counts: the
/// question is where the selected benchmarks got slower, and an allocation change is reported by CheckRegression.
/// </summary>
internal static class StepJudge
{
    /// <summary>The outcome of a measurement whose analysis is <paramref name="analysis"/> and whose check exited with <paramref name="exitCode"/>.</summary>
    /// <remarks>
    /// One REGRESSION makes the commit bad (the selected benchmarks are asked together: the first commit where any of them
    /// is slower past the threshold). Otherwise a case the commit lacks or that failed in it leaves the commit unjudged
    /// (skipped), and anything short of NO_CHANGE, IMPROVEMENT or NOISE on every case (SUSPECTED, INSUFFICIENT_DATA, or a
    /// verdict this rule does not know, such as INCONCLUSIVE) is doubtful: never read as good.
    /// </remarks>
    public static StepVerdict Judge(RegressionAnalysis? analysis, int exitCode)
    {
        if (analysis is null || analysis.Comparisons.Count == 0)
        {
            return StepVerdict.Skip(string.Create(CultureInfo.InvariantCulture, $"no verdict: the regression check exited {exitCode}"));
        }

        var ratios = analysis.Comparisons
            .Select(c => new BenchmarkRatio(c.FullName, VerdictNames.Of(c.Verdict), c.Ratio, c.RatioLower, c.RatioUpper))
            .OrderByDescending(r => r.Ratio ?? double.NegativeInfinity).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        if (analysis.Comparisons.FirstOrDefault(c => c.Verdict == TimeVerdict.Regression) is { } slower)
        {
            return new StepVerdict(StepOutcome.Bad, $"{slower.FullName}: REGRESSION ({slower.Reason})", ratios);
        }

        if (analysis.Comparisons.FirstOrDefault(c => c.Verdict is TimeVerdict.Missing or TimeVerdict.New) is { } absent)
        {
            var side = absent.Verdict == TimeVerdict.Missing ? "absent from or failed in this commit" : "absent from the reference";
            return new StepVerdict(StepOutcome.Skipped, $"{absent.FullName}: {side}", ratios);
        }

        if (exitCode == ExitCodes.Error)
        {
            return new StepVerdict(StepOutcome.Skipped, "a benchmark failed in this commit", ratios);
        }

        if (analysis.Comparisons.FirstOrDefault(c => c.Verdict is not (TimeVerdict.NoChange or TimeVerdict.Improvement or TimeVerdict.Noise)) is { } unsure)
        {
            return new StepVerdict(StepOutcome.Doubtful, $"{unsure.FullName}: {VerdictNames.Of(unsure.Verdict)} ({unsure.Reason})", ratios);
        }

        var worst = analysis.Comparisons.MaxBy(c => c.Ratio ?? double.NegativeInfinity)!;
        return new StepVerdict(StepOutcome.Good, $"not slower past the threshold (worst: {worst.FullName}, {VerdictNames.Of(worst.Verdict)})", ratios);
    }
}
