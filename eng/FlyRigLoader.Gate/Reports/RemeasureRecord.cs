namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// One case that would have failed the build (time SLA FAIL, time REGRESSION), or whose slowdown an unsettled run left
/// unsure (SUSPECTED at its fail threshold), while the run showed interference, and what measuring it again decided
/// (<c>remeasured[]</c> in the report).
/// </summary>
/// <param name="FullName">The benchmark case.</param>
/// <param name="Reason">The witnesses of the first measurement and of the re-measurement, and the decision, in words.</param>
/// <param name="Launches">The 1-based re-measure launches that ran for it, every round's (in <c>benchmark_suite.launches</c>); empty when none could run.</param>
/// <param name="JudgedOn">The 1-based launches its verdicts now rest on (the quiet re-measure launches); empty when INCONCLUSIVE.</param>
/// <param name="Outcome"><see cref="JudgedOnRemeasure"/>, <see cref="Inconclusive"/> or <see cref="KeptAsMeasured"/>.</param>
/// <param name="FirstLaunchMediansNs">Its median in each launch of the first measurement.</param>
/// <param name="RemeasureLaunchMediansNs">Its median in each re-measure launch that measured it, every round's.</param>
public sealed record RemeasureRecord(
    string FullName,
    string Reason,
    IReadOnlyList<int> Launches,
    IReadOnlyList<int> JudgedOn,
    string Outcome,
    IReadOnlyList<double> FirstLaunchMediansNs,
    IReadOnlyList<double> RemeasureLaunchMediansNs)
{
    /// <summary>The case's statistics, SLAs and regression verdict come from its quiet re-measure launches only.</summary>
    public const string JudgedOnRemeasure = "JUDGED_ON_REMEASURE";

    /// <summary>Interference persisted (or re-measuring was impossible): its failing time verdicts are INCONCLUSIVE.</summary>
    public const string Inconclusive = "INCONCLUSIVE";

    /// <summary>
    /// A slowdown the unsettled run left SUSPECTED stayed disturbed when measured again: it keeps its first measurement,
    /// whose SUSPECTED cannot fail the build (a failing time verdict there would still be INCONCLUSIVE).
    /// </summary>
    public const string KeptAsMeasured = "KEPT_AS_MEASURED";
}
