namespace FlyRigLoader.Gate.Bisection;

/// <summary>A commit measured against a reference build, with what the re-measures added.</summary>
/// <param name="Verdict">The final verdict (after any re-measures).</param>
/// <param name="Rounds">Rounds (launches) pooled for that verdict.</param>
/// <param name="Remeasures">How many times the step was measured again because it was doubtful.</param>
/// <param name="Seconds">Wall time of the measuring and judging (builds excluded).</param>
internal sealed record StepMeasurement(StepVerdict Verdict, int Rounds, int Remeasures, double Seconds);
