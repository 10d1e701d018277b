namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// The one re-measure loop of side-by-side judging (pure control flow; the measuring and judging are passed in): judge
/// the rounds, and while the judgement leaves methods doubtful and re-measures remain, measure those methods again and
/// pool the new rounds with the earlier ones. Shared by <c>--against</c>-style judging (SUSPECTED cases) and <c>Bisect</c>
/// (a doubtful step), so both narrow a paired band the same way instead of guessing.
/// </summary>
internal static class AbRemeasuring
{
    /// <summary>Judges <paramref name="first"/>, re-measuring up to <paramref name="times"/> times.</summary>
    /// <typeparam name="TVerdict">What the judge returns.</typeparam>
    /// <param name="first">The first measurement's rounds.</param>
    /// <param name="judge">Judges pooled rounds.</param>
    /// <param name="doubtful">The methods a verdict leaves doubtful (empty: the verdict stands).</param>
    /// <param name="times">Re-measures allowed.</param>
    /// <param name="measure">Measures the given methods again; the second argument is the re-measure's number (1-based).</param>
    /// <returns>The pooled rounds, the last verdict and how many re-measures ran.</returns>
    public static (AbRounds Rounds, TVerdict Verdict, int Remeasures) Until<TVerdict>(
        AbRounds first, Func<AbRounds, TVerdict> judge, Func<TVerdict, IReadOnlyList<string>> doubtful, int times, Func<IReadOnlyList<string>, int, AbRounds> measure)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(doubtful);
        ArgumentNullException.ThrowIfNull(measure);
        var rounds = first;
        var verdict = judge(rounds);
        var remeasures = 0;
        while (remeasures < times && doubtful(verdict) is { Count: > 0 } methods)
        {
            remeasures++;
            rounds = rounds.Then(measure(methods, remeasures));
            verdict = judge(rounds);
        }

        return (rounds, verdict, remeasures);
    }

    /// <summary>
    /// As <see cref="Until"/>, then renders the verdict the loop settled on, once: the last judgement is shown as it
    /// stands, never judged again for output.
    /// </summary>
    /// <typeparam name="TVerdict">What the judge returns.</typeparam>
    /// <typeparam name="TResult">What rendering returns.</typeparam>
    /// <param name="first">The first measurement's rounds.</param>
    /// <param name="judge">Judges pooled rounds, silently.</param>
    /// <param name="doubtful">The methods a verdict leaves doubtful (empty: the verdict stands).</param>
    /// <param name="times">Re-measures allowed.</param>
    /// <param name="measure">Measures the given methods again; the second argument is the re-measure's number (1-based).</param>
    /// <param name="render">Shows the settled verdict; called exactly once.</param>
    /// <returns>What <paramref name="render"/> returned.</returns>
    public static TResult Settle<TVerdict, TResult>(
        AbRounds first, Func<AbRounds, TVerdict> judge, Func<TVerdict, IReadOnlyList<string>> doubtful, int times, Func<IReadOnlyList<string>, int, AbRounds> measure,
        Func<TVerdict, TResult> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var (_, verdict, _) = Until(first, judge, doubtful, times, measure);
        return render(verdict);
    }
}
