using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts.Accuracy;

namespace FlyRigLoader.Gate.Accuracy.Trials;

/// <summary>What one trial run produced.</summary>
/// <param name="RunId">The run's id, or null when it wrote no report.</param>
/// <param name="Started">When it started.</param>
/// <param name="Seconds">Its wall time.</param>
/// <param name="ExitCode">The run's and its check's exit code, or null when it did not get that far.</param>
/// <param name="LoadAverageStart">Load averages before it.</param>
/// <param name="LoadAverageEnd">Load averages after it.</param>
/// <param name="Verdicts">The gate's verdicts, or null when the trial was not judged (spread and baseline runs) or failed.</param>
/// <param name="Run">The measured run (single runs only), for the baseline and the spread.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="Confirmed">With <c>--confirm</c>: the verdicts after the doubtful benchmarks were measured again side by side (null otherwise).</param>
/// <param name="ConfirmedMethods">The methods confirmation measured again (null without <c>--confirm</c>).</param>
/// <param name="TargetResolution">The smallest slowdown the first look could have called a REGRESSION on the target, or null.</param>
internal sealed record TrialResult(
    string? RunId, DateTimeOffset Started, double Seconds, int? ExitCode, IReadOnlyList<double>? LoadAverageStart, IReadOnlyList<double>? LoadAverageEnd,
    TrialVerdicts? Verdicts, MeasuredRun? Run, string? Error, TrialVerdicts? Confirmed = null, IReadOnlyList<string>? ConfirmedMethods = null,
    double? TargetResolution = null);
