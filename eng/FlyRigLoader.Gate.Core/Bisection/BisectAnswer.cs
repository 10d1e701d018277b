namespace FlyRigLoader.Gate.Core.Bisection;

/// <summary>The result of a bisection over commits 1..n of the path (0 is the good commit, n the bad one).</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Candidates">
/// The commits that can be the first bad one, in path order: the culprit alone for <see cref="BisectAnswerKind.Culprit"/>,
/// the unclassified commits and the first bad one after them for <see cref="BisectAnswerKind.Range"/>, empty otherwise.
/// </param>
public sealed record BisectAnswer(BisectAnswerKind Kind, IReadOnlyList<int> Candidates)
{
    /// <summary>The first bad commit when it is known, else null.</summary>
    public int? Culprit => Kind == BisectAnswerKind.Culprit ? Candidates[0] : null;
}
