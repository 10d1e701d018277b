using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Bisection;

namespace FlyRigLoader.Gate.Bisection;

/// <summary>The printed outcome, exit code and one-line message of a finished search (pure).</summary>
internal static class BisectConclusion
{
    /// <summary>The outcome name of a run that stopped on an infrastructure failure.</summary>
    public const string Error = "ERROR";

    /// <summary>
    /// CULPRIT exits 0; NO_REGRESSION (the bad commit is not slower than the good one) exits 1; RANGE (commits before
    /// the first bad one could not be judged) and INCONCLUSIVE (the bad commit itself stays doubtful) exit 3, the code of
    /// a run that measured everything but could not give a verdict: a commit is never named on a guess.
    /// </summary>
    public static (string Outcome, int ExitCode, string Message) Of(BisectAnswer answer, BisectRange range, IReadOnlyList<BisectStep> steps, IReadOnlyList<BisectCommit> candidates)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(candidates);
        var end = steps.FirstOrDefault(s => s.Position == range.Path.Count);
        return answer.Kind switch
        {
            BisectAnswerKind.Culprit => ("CULPRIT", ExitCodes.Ok,
                $"first slow commit: {candidates[0].Short} \"{candidates[0].Subject}\" ({candidates[0].AuthorDate})"),
            BisectAnswerKind.NoRegression => ("NO_REGRESSION", ExitCodes.GateFailed,
                $"no regression to bisect: the bad commit {range.Bad.Short} is not slower than the good commit {range.Good.Short} past the threshold ({end?.Reason})"),
            BisectAnswerKind.Inconclusive => ("INCONCLUSIVE", ExitCodes.NoVerdict,
                string.Create(CultureInfo.InvariantCulture,
                    $"inconclusive: the bad commit {range.Bad.Short} against the good commit {range.Good.Short} is {end?.Outcome} after {end?.Remeasures} re-measure(s) ({end?.Reason}); no commit is named")),
            _ => ("RANGE", ExitCodes.NoVerdict,
                string.Create(CultureInfo.InvariantCulture,
                    $"no single culprit: the first slow commit is one of {candidates.Count} ({string.Join(", ", candidates.Select(c => c.Short))}); those before the last could not be judged (doubtful or not buildable)")),
        };
    }
}
