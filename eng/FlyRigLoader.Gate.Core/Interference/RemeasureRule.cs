namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>
/// Interference is a verdict, not a failure (pure). A case that would fail the build (SLA FAIL, time REGRESSION) while
/// the run shows interference is measured again in fresh launches; the fresh launches decide alone when they are quiet,
/// because mixing them with disturbed ones would keep part of the disturbance. If every fresh launch is disturbed too,
/// the case is INCONCLUSIVE with the reasons.
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

    /// <summary>Combines the first finding with the re-measurement's (null when it could not run, <paramref name="notPossible"/> saying why).</summary>
    public static RemeasureDecision Decide(InterferenceFinding first, InterferenceFinding? again, string? notPossible = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        if (!first.Disturbed)
        {
            return new RemeasureDecision(first.FullName, RemeasureOutcome.Undisturbed, first.QuietLaunches, "no interference seen");
        }

        var before = "first measurement disturbed (" + string.Join("; ", first.Reasons) + ")";
        if (again is null)
        {
            return new RemeasureDecision(first.FullName, RemeasureOutcome.Inconclusive, [], before + "; re-measuring was not possible" + (notPossible is null ? string.Empty : " (" + notPossible + ")"));
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
}
