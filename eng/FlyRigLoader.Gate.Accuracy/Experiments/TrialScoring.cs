using FlyRigLoader.Gate.Contracts.Accuracy;

namespace FlyRigLoader.Gate.Accuracy.Experiments;

/// <summary>
/// How each experiment's trials are judged against issue 13's bars (pure). INCONCLUSIVE and INCOMPARABLE count as
/// neither a false alarm nor a detection: the gate said it could not tell, which is honest but detects nothing.
/// </summary>
internal static class TrialScoring
{
    private static readonly Bar NineInTen = new(0.9);

    /// <summary>Ending of a measure's key scored on the verdicts after <c>--confirm</c>.</summary>
    public const string ConfirmedSuffix = "+confirm";

    /// <summary>
    /// The measures of an experiment (the spread has none: its bar is on the spread table); with
    /// <paramref name="confirm"/>, a single-run experiment's measures again on the verdicts after confirmation, under the
    /// same bars (keys ending in <see cref="ConfirmedSuffix"/>).
    /// </summary>
    public static IReadOnlyList<Measure> MeasuresOf(ExperimentKind kind, bool confirm = false)
    {
        var first = FirstLook(kind);
        return confirm && IsSingleRun(kind)
            ? [.. first, .. first.Select(m => m with { Key = m.Key + ConfirmedSuffix, Text = m.Text + ", after --confirm" })]
            : first;
    }

    /// <summary>True for the experiments whose trials are single runs judged against the scratch baseline (what <c>--confirm</c> can re-measure).</summary>
    public static bool IsSingleRun(ExperimentKind kind) => ExperimentCatalog.Of(kind).NeedsBaseline;

    /// <summary>
    /// <paramref name="outcomes"/> (the first look's) with each measure's outcome on the confirmed verdicts added under
    /// its key ending in <see cref="ConfirmedSuffix"/>; <paramref name="confirmed"/> null (confirmation failed) is an error outcome.
    /// </summary>
    public static IReadOnlyDictionary<string, string> WithConfirmed(
        ExperimentKind kind, IReadOnlyDictionary<string, string> outcomes, TrialVerdicts? confirmed, string target, IReadOnlyList<TrialVerdicts> quietConfirmed)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var merged = new Dictionary<string, string>(outcomes, StringComparer.Ordinal);
        foreach (var (key, outcome) in Classify(kind, confirmed, target, quietConfirmed))
        {
            merged[key + ConfirmedSuffix] = outcome;
        }

        return merged;
    }

    private static IReadOnlyList<Measure> FirstLook(ExperimentKind kind) => kind switch
    {
        ExperimentKind.Aa =>
        [
            new("time", "no time REGRESSION", new Bar(0.95), [Outcomes.Clean, Outcomes.Suspected, Outcomes.NoVerdict]),
            new("allocation", "no allocation REGRESSION", new Bar(0.95), [Outcomes.Clean]),
        ],
        ExperimentKind.Inject125 => [new("time", "REGRESSION on the target and no other", NineInTen, [Outcomes.Exact])],
        ExperimentKind.Inject110 => [new("time", "at least SUSPECTED on the target", NineInTen, [Outcomes.Regression, Outcomes.Suspected])],
        ExperimentKind.Alloc => [new("allocation", "allocation REGRESSION on the target and no other", new Bar(1.0), [Outcomes.Exact])],
        ExperimentKind.Neighbour => [new("sla-and-time", "no SLA FAIL and no time REGRESSION the quiet runs lack", NineInTen, [Outcomes.Clean])],
        ExperimentKind.AgainstAa => [new("time", "no time or allocation REGRESSION", NineInTen, [Outcomes.Clean, Outcomes.Suspected, Outcomes.NoVerdict])],
        ExperimentKind.Against110 => [new("time", "REGRESSION on the target and no other", NineInTen, [Outcomes.Exact])],
        _ => [],
    };

    /// <summary>
    /// A trial's outcome per measure. <paramref name="verdicts"/> null means the trial failed; <paramref name="quiet"/>
    /// are the quiet runs' verdicts the neighbour experiment compares with.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Classify(ExperimentKind kind, TrialVerdicts? verdicts, string target, IReadOnlyList<TrialVerdicts> quiet)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(quiet);
        var measures = MeasuresOf(kind);
        if (verdicts is null)
        {
            return measures.ToDictionary(m => m.Key, _ => Outcomes.Error, StringComparer.Ordinal);
        }

        return measures.ToDictionary(m => m.Key, m => (kind, m.Key) switch
        {
            (ExperimentKind.Aa, "allocation") => verdicts.AllocationRegression.Count > 0 ? Outcomes.FalseAlarm : Outcomes.Clean,
            (ExperimentKind.Aa, _) => Unchanged(verdicts, verdicts.Regression.Count > 0),
            (ExperimentKind.AgainstAa, _) => Unchanged(verdicts, verdicts.Regression.Count > 0 || verdicts.AllocationRegression.Count > 0),
            (ExperimentKind.Inject125 or ExperimentKind.Against110, _) => Exact(verdicts.Regression, verdicts, target),
            (ExperimentKind.Inject110, _) => AtLeastSuspected(verdicts, target),
            (ExperimentKind.Alloc, _) => Exact(verdicts.AllocationRegression, verdicts with { Suspected = [], Inconclusive = [], Incomparable = [] }, target),
            (ExperimentKind.Neighbour, _) => Neighbour(verdicts, quiet),
            _ => Outcomes.Error,
        }, StringComparer.Ordinal);
    }

    /// <summary>Whether an outcome counts as success for a measure.</summary>
    public static bool IsSuccess(Measure measure, string outcome)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Successes.Contains(outcome, StringComparer.Ordinal);
    }

    private static string Unchanged(TrialVerdicts v, bool alarm) =>
        alarm ? Outcomes.FalseAlarm
        : v.Suspected.Count > 0 ? Outcomes.Suspected
        : v.Inconclusive.Count + v.Incomparable.Count > 0 ? Outcomes.NoVerdict
        : Outcomes.Clean;

    private static string Exact(IReadOnlyList<string> flagged, TrialVerdicts v, string target)
    {
        var onTarget = flagged.Any(n => TargetMatch.IsTarget(target, n));
        var other = flagged.Any(n => !TargetMatch.IsTarget(target, n));
        return (onTarget, other) switch
        {
            (true, false) => Outcomes.Exact,
            (true, true) => Outcomes.TargetAndOther,
            (false, true) => Outcomes.OtherOnly,
            _ when v.Suspected.Any(n => TargetMatch.IsTarget(target, n)) => Outcomes.Suspected,
            _ when v.Inconclusive.Concat(v.Incomparable).Any(n => TargetMatch.IsTarget(target, n)) => Outcomes.NoVerdict,
            _ => Outcomes.Missed,
        };
    }

    private static string AtLeastSuspected(TrialVerdicts v, string target) =>
        v.Regression.Any(n => TargetMatch.IsTarget(target, n)) ? Outcomes.Regression
        : v.Suspected.Any(n => TargetMatch.IsTarget(target, n)) ? Outcomes.Suspected
        : v.Inconclusive.Concat(v.Incomparable).Any(n => TargetMatch.IsTarget(target, n)) ? Outcomes.NoVerdict
        : Outcomes.Missed;

    private static string Neighbour(TrialVerdicts v, IReadOnlyList<TrialVerdicts> quiet)
    {
        var quietSla = quiet.SelectMany(q => q.SlaFail).ToHashSet(StringComparer.Ordinal);
        var quietRegression = quiet.SelectMany(q => q.Regression).ToHashSet(StringComparer.Ordinal);
        var sla = v.SlaFail.Any(n => !quietSla.Contains(n));
        var regression = v.Regression.Any(n => !quietRegression.Contains(n));
        return (sla, regression) switch
        {
            (true, true) => Outcomes.SlaFailAndRegression,
            (true, false) => Outcomes.SlaFail,
            (false, true) => Outcomes.NewRegression,
            _ => Outcomes.Clean,
        };
    }
}
