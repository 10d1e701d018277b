namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>A two-sided interval at <see cref="Level"/> confidence.</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>Half the width: the ± of the interval around its centre.</summary>
    public double HalfWidth => (Upper - Lower) / 2;
}
