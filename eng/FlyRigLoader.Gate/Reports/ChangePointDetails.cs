namespace FlyRigLoader.Gate.Reports;

/// <summary>A step in one benchmark's history, with the commits on either side and the medians as measured.</summary>
public sealed record ChangePointDetails : StepDetails
{
    /// <summary>Median after / median before as measured (the host's share included).</summary>
    public double MeasuredRatio { get; init; }

    /// <summary>Median of the segment before.</summary>
    public double MedianBeforeNs { get; init; }

    /// <summary>Median of the segment after.</summary>
    public double MedianAfterNs { get; init; }
}
