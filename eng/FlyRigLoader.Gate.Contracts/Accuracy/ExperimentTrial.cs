namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>One trial: a suite run (or an interleaved A/B run) and the verdicts the gate gave it.</summary>
/// <param name="Index">1-based index within its experiment.</param>
/// <param name="RunId">The run's id (its report), or null when none was written.</param>
/// <param name="Started">When it started (ISO 8601, UTC).</param>
/// <param name="Seconds">Its wall time.</param>
/// <param name="ExitCode">Exit code of the run and its regression check (0, 1, 2, or 3 when a verdict could not be reached), or null when it did not get that far.</param>
/// <param name="LoadAverageStart">The machine's 1/5/15-minute load averages before the trial, or null where the OS has none.</param>
/// <param name="LoadAverageEnd">The same after it.</param>
/// <param name="Verdicts">The verdicts by benchmark, or null when the trial failed.</param>
/// <param name="Outcomes">Measure → outcome of this trial (e.g. <c>time</c> → <c>clean</c>, <c>false-alarm</c>, <c>exact</c>).</param>
/// <param name="QuietRunIds">For the neighbour experiment: the quiet runs of the same round it is compared with.</param>
/// <param name="Error">Why the trial failed, or null.</param>
/// <param name="ConfirmedVerdicts">
/// With <c>--confirm</c>: the verdicts after the doubtful benchmarks of a single run were measured again side by side
/// against the shipped build, as <c>CheckRegression --confirm</c> does in CI; <see cref="Verdicts"/> keeps the first look.
/// Null without <c>--confirm</c>, for A/B trials and for failed trials.
/// </param>
/// <param name="ConfirmedMethods">The methods (<c>Namespace.Type.Method</c>) that confirmation measured again; empty when the first look left nothing in doubt.</param>
/// <param name="TargetResolution">
/// The smallest relative slowdown the first look could have called a REGRESSION on the target benchmark (its
/// <c>detectable_regression</c>); null for trials not judged against the baseline, without a target, or when capped.
/// </param>
/// <param name="LaunchSpread">
/// How far the run's launches disagreed: the median over its cases of the sd of log launch medians (what
/// <c>baseline_max_launch_spread</c> bounds); null for A/B trials, failed trials and runs of one launch.
/// </param>
public sealed record ExperimentTrial(
    int Index,
    string? RunId,
    string Started,
    double Seconds,
    int? ExitCode,
    IReadOnlyList<double>? LoadAverageStart,
    IReadOnlyList<double>? LoadAverageEnd,
    TrialVerdicts? Verdicts,
    IReadOnlyDictionary<string, string> Outcomes,
    IReadOnlyList<string> QuietRunIds,
    string? Error,
    TrialVerdicts? ConfirmedVerdicts = null,
    IReadOnlyList<string>? ConfirmedMethods = null,
    double? TargetResolution = null,
    double? LaunchSpread = null);
