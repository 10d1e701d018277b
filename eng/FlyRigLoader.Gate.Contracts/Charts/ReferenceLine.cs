namespace FlyRigLoader.Gate.Contracts.Charts;

/// <summary>A dashed guide line across the plot (e.g. ratio 1.0 and the fail threshold).</summary>
/// <param name="Vertical">True: at an x value; false: at a y value.</param>
/// <param name="Value">Where.</param>
/// <param name="Label">Legend text.</param>
public sealed record ReferenceLine(bool Vertical, double Value, string Label);
