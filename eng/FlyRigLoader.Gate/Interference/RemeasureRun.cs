namespace FlyRigLoader.Gate.Interference;

/// <summary>What measuring the disturbed failing cases again produced.</summary>
/// <param name="Launches">The re-measure launches that ran, in order.</param>
/// <param name="Problem">Why re-measuring stopped short (a failed or timed-out launch, no calibration), or null.</param>
internal sealed record RemeasureRun(IReadOnlyList<RemeasureLaunch> Launches, string? Problem = null);
