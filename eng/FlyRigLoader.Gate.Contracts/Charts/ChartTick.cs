namespace FlyRigLoader.Gate.Contracts.Charts;

/// <summary>A labelled tick on a category axis.</summary>
/// <param name="Position">Axis coordinate.</param>
/// <param name="Label">Text shown.</param>
public sealed record ChartTick(double Position, string Label);
