using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Accuracy;

/// <summary>What the rule decided for one replayed trial.</summary>
/// <param name="Trial">The trial.</param>
/// <param name="Regression">Benchmarks with a time REGRESSION (full names, spaces removed, as the scripts log them).</param>
/// <param name="Suspected">Benchmarks with a SUSPECTED time verdict.</param>
/// <param name="Allocation">Benchmarks with an allocation REGRESSION.</param>
/// <param name="TargetRatio">Reported ratio of the target benchmark, or null.</param>
/// <param name="DriftNote">The environment note of the analysis.</param>
/// <param name="TargetReason">The verdict reason of the target benchmark, or null.</param>
/// <param name="TargetResolution">The smallest slowdowns the rule could have called on the target in this trial, or null.</param>
/// <param name="SuiteResolution">The same over every benchmark of the trial, or null.</param>
/// <param name="Inconclusive">Benchmarks whose time verdict the interference review made INCONCLUSIVE (null: none).</param>
internal sealed record TrialOutcome(
    ReplayTrial Trial, IReadOnlyList<string> Regression, IReadOnlyList<string> Suspected, IReadOnlyList<string> Allocation, double? TargetRatio, string DriftNote,
    string? TargetReason = null, Resolution? TargetResolution = null, ResolutionSummary? SuiteResolution = null, IReadOnlyList<string>? Inconclusive = null)
{
    /// <summary>True when the target (if any) has a time REGRESSION.</summary>
    public bool TargetRegressed => Trial.Target is { } t && Regression.Any(n => AccuracyReplay.MatchesTarget(t, n));

    /// <summary>True when a benchmark other than the target has a time REGRESSION.</summary>
    public bool OtherRegressed => Regression.Any(n => Trial.Target is not { } t || !AccuracyReplay.MatchesTarget(t, n));

    /// <summary>True when the target has a time REGRESSION or SUSPECTED.</summary>
    public bool TargetFlagged => TargetRegressed || (Trial.Target is { } t && Suspected.Any(n => AccuracyReplay.MatchesTarget(t, n)));

    /// <summary>True when the allocation verdicts are exactly "REGRESSION on the target and nowhere else".</summary>
    public bool AllocationOnTargetOnly => Trial.Target is { } t && Allocation.Count > 0 && Allocation.All(n => AccuracyReplay.MatchesTarget(t, n));

    /// <summary>
    /// Null when nothing was logged; else true when the replay gives the same REGRESSION, SUSPECTED and allocation sets
    /// as the log (order ignored; a set the script did not log is not compared).
    /// </summary>
    public bool? ReproducesLog => Trial.Logged is not { } l ? null
        : Same(l.Regression, Regression) && Same(l.Suspected, Suspected) && Same(l.Allocation, Allocation);

    private static bool Same(IReadOnlyList<string>? logged, IReadOnlyList<string> replayed) => logged is null || logged.ToHashSet(StringComparer.Ordinal).SetEquals(replayed);
}
