namespace FlyRigLoader.Gate.Core.Bisection;

/// <summary>
/// The bisection's state machine (pure): given what is known about the commits of the path, which commit to measure next,
/// or the answer. Commits are numbered 1..n in path order from the good commit (0, good by definition) to the bad one (n).
/// </summary>
/// <remarks>
/// The bad end is measured first: the user's word that it is slower is checked, not assumed, so a range without a
/// regression ends at once. Then the open interval between the last good commit and the first bad one is halved. A commit
/// that is doubtful or skipped tells nothing, so the commit nearest the middle that is still unmeasured is taken instead
/// (<c>git bisect skip</c> tries a neighbour the same way); when only such commits are left between the two, the answer is
/// the range they span rather than a guess.
/// </remarks>
public static class BisectSearch
{
    /// <summary>The next move for a path of <paramref name="count"/> commits after the good one, given the outcomes so far.</summary>
    /// <param name="count">Commits on the path after the good commit; the last is the bad commit.</param>
    /// <param name="outcomes">Outcome per measured commit (1-based index).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    /// <exception cref="ArgumentException">An outcome's index is outside 1..<paramref name="count"/>.</exception>
    public static BisectMove Next(int count, IReadOnlyDictionary<int, StepOutcome> outcomes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Keys.Where(i => i < 1 || i > count).Select(i => (int?)i).FirstOrDefault() is { } outside)
        {
            throw new ArgumentException($"commit index {outside} is outside the path 1..{count}", nameof(outcomes));
        }

        if (!outcomes.TryGetValue(count, out var end))
        {
            return BisectMove.Next(count);
        }

        if (end != StepOutcome.Bad)
        {
            return BisectMove.Stop(new BisectAnswer(end == StepOutcome.Good ? BisectAnswerKind.NoRegression : BisectAnswerKind.Inconclusive, []));
        }

        var firstBad = outcomes.Where(o => o.Value == StepOutcome.Bad).Min(o => o.Key);
        var lastGood = outcomes.Where(o => o.Value == StepOutcome.Good && o.Key < firstBad).Select(o => o.Key).DefaultIfEmpty(0).Max();
        var open = Enumerable.Range(lastGood + 1, firstBad - lastGood - 1).Where(i => !outcomes.ContainsKey(i)).ToList();
        if (open.Count > 0)
        {
            var middle = (lastGood + firstBad) / 2.0;
            return BisectMove.Next(open.MinBy(i => (Math.Abs(i - middle), i)));
        }

        var candidates = Enumerable.Range(lastGood + 1, firstBad - lastGood).ToList();
        return BisectMove.Stop(new BisectAnswer(candidates.Count == 1 ? BisectAnswerKind.Culprit : BisectAnswerKind.Range, candidates));
    }
}
