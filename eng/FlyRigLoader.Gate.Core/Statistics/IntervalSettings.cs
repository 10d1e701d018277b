namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>
/// The confidence level of every per-case interval a report carries, and which of them the SLAs' upper-bound rule reads
/// (the suite guide's <c>calculate_confidence_interval(confidence_level, method)</c>).
/// </summary>
/// <param name="Level">Confidence level, 0.5 to 0.9999.</param>
/// <param name="Method">The interval the SLAs judge.</param>
public sealed record IntervalSettings(double Level, IntervalMethod Method)
{
    /// <summary>95 % and Student's t: what every report used before the choice existed.</summary>
    public static IntervalSettings Default { get; } = new(SampleStatistics.Level, IntervalMethod.StudentT);
}
