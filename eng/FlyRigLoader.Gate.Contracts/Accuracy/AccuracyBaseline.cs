namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>The scratch baseline (under <c>artifacts/accuracy/baselines/</c>, never the committed <c>baselines/</c>).</summary>
/// <param name="Path">The baseline file.</param>
/// <param name="Runs">Accepted runs it holds.</param>
/// <param name="Trials">The runs that made it, with their load averages.</param>
public sealed record AccuracyBaseline(string Path, int Runs, IReadOnlyList<ExperimentTrial> Trials);
