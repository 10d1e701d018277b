namespace FlyRigLoader.Gate.Bisection;

/// <summary>How each step was measured.</summary>
/// <param name="Executor">The A/B executor (<c>ab_executor</c>).</param>
/// <param name="Launches">Launches (rounds) of a first measurement.</param>
/// <param name="Remeasures">Re-measures allowed for a doubtful step (<c>bisect_remeasures</c>).</param>
/// <param name="RemeasureLaunches">Launches each re-measure adds (<c>bisect_remeasure_launches</c>).</param>
internal sealed record BisectMeasuring(string Executor, int Launches, int Remeasures, int RemeasureLaunches);
