namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>How one parameterised benchmark family's time grows with its size parameter.</summary>
/// <param name="Family">The family id: full name without the size parameter.</param>
/// <param name="Parameter">The size parameter (<c>SizeMb</c>, <c>Rows</c>, <c>FileCount</c>).</param>
/// <param name="Sizes">Distinct sizes measured, ascending.</param>
/// <param name="MedianNs">Median time per size, same order.</param>
/// <param name="SlopeNsPerUnit">Least-squares slope of time against size (ns per parameter unit).</param>
/// <param name="InterceptNs">Intercept of that line.</param>
/// <param name="RSquared">R² of the linear fit.</param>
/// <param name="Exponent">Log-log slope b in time ∝ size^b.</param>
/// <param name="ExponentInterval">95 % CI of b from all samples; null with too few points.</param>
/// <param name="SuperLinear">True when the whole exponent interval lies above <see cref="ScalingAnalysis.SuperLinearExponent"/>.</param>
/// <param name="Complexity">A human reading of the exponent, e.g. <c>O(n) - linear scaling confirmed</c>.</param>
public sealed record ScalingFit(
    string Family,
    string Parameter,
    IReadOnlyList<double> Sizes,
    IReadOnlyList<double> MedianNs,
    double SlopeNsPerUnit,
    double InterceptNs,
    double RSquared,
    double Exponent,
    ConfidenceInterval? ExponentInterval,
    bool SuperLinear,
    string Complexity);
