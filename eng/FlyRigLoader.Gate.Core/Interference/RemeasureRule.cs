using System.Globalization;

namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>
/// Interference is a verdict, not a failure (pure). A case that would fail the build (SLA FAIL, time REGRESSION), or a
/// slowdown an unsettled run left SUSPECTED, while the run shows interference is measured again in fresh launches; the fresh launches decide alone when they are quiet,
/// because mixing them with disturbed ones would keep part of the disturbance. If every fresh launch is disturbed too,
/// the case is measured in a further round (up to the configured rounds), then INCONCLUSIVE with the reasons.
/// </summary>
public static class RemeasureRule
{
    /// <summary>The failing cases whose measurement was disturbed, in the order given.</summary>
    public static IReadOnlyList<string> ToRemeasure(IEnumerable<string> failing, IReadOnlyDictionary<string, InterferenceFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(findings);
        return failing.Distinct(StringComparer.Ordinal).Where(f => findings.TryGetValue(f, out var finding) && finding.Disturbed).ToList();
    }

    /// <summary>
    /// Combines the first finding with the re-measurement's (null when it could not run, <paramref name="notPossible"/>
    /// saying why). <paramref name="earlierRounds"/> are the findings of earlier re-measure rounds of the case, every launch
    /// of which was disturbed too (see <see cref="Persisted"/>); their witnesses join the reason.
    /// </summary>
    public static RemeasureDecision Decide(InterferenceFinding first, InterferenceFinding? again, string? notPossible = null, IReadOnlyList<InterferenceFinding>? earlierRounds = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        if (!first.Disturbed)
        {
            return new RemeasureDecision(first.FullName, RemeasureOutcome.Undisturbed, first.QuietLaunches, "no interference seen");
        }

        var before = "first measurement disturbed (" + string.Join("; ", first.Reasons) + ")"
            + string.Concat((earlierRounds ?? []).Select((r, i) => "; re-measure round " + (i + 1).ToString(CultureInfo.InvariantCulture)
                + " disturbed too (" + string.Join("; ", r.Reasons) + ")"));
        if (again is null)
        {
            var what = earlierRounds is { Count: > 0 } ? "re-measure round " + (earlierRounds.Count + 1).ToString(CultureInfo.InvariantCulture) + " could not run" : "re-measuring was not possible";
            return new RemeasureDecision(first.FullName, RemeasureOutcome.Inconclusive, [], before + "; " + what + (notPossible is null ? string.Empty : " (" + notPossible + ")"));
        }

        if (!again.Disturbed)
        {
            return new RemeasureDecision(first.FullName, RemeasureOutcome.UseQuietLaunches, again.QuietLaunches, before + "; judged on the re-measurement, which was quiet");
        }

        return again.QuietLaunches.Count > 0
            ? new RemeasureDecision(first.FullName, RemeasureOutcome.UseQuietLaunches, again.QuietLaunches,
                before + "; judged on the re-measurement's quiet launches (" + string.Join("; ", again.Reasons) + " in the others)")
            : new RemeasureDecision(first.FullName, RemeasureOutcome.Inconclusive, [], before + "; interference persisted when measured again (" + string.Join("; ", again.Reasons) + ")");
    }

    /// <summary>
    /// Whether the re-measurement ran and every launch of it was disturbed: the host's bursts last tens of seconds to
    /// minutes, so a further round, minutes after the first measurement, may find it quiet. A re-measurement that could not
    /// run, or that found a quiet launch, is final.
    /// </summary>
    public static bool Persisted(RemeasureDecision decision, InterferenceFinding? again)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Outcome == RemeasureOutcome.Inconclusive && again is { Disturbed: true, QuietLaunches.Count: 0 };
    }
}
