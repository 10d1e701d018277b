namespace FlyRigLoader.Gate.Reports;

/// <summary>A step in one benchmark's history, with the commits on either side.</summary>
public sealed record ChangePointDetails
{
    /// <summary>Position in the benchmark's series of the first run after the step.</summary>
    public int Index { get; init; }

    /// <summary>The last run before the step.</summary>
    public string? BeforeRunId { get; init; }

    /// <summary>Its commit, or null.</summary>
    public string? BeforeSha { get; init; }

    /// <summary>The first run after the step.</summary>
    public string? AfterRunId { get; init; }

    /// <summary>Its commit, or null.</summary>
    public string? AfterSha { get; init; }

    /// <summary>When that run was made (UTC, ISO 8601).</summary>
    public string? AfterDate { get; init; }

    /// <summary>
    /// After / before against the rest of the suite when the history was normalized (<c>normalization</c>
    /// <c>suite-relative</c>), else as measured.
    /// </summary>
    public double Ratio { get; init; }

    /// <summary>Median after / median before as measured (the host's share included).</summary>
    public double MeasuredRatio { get; init; }

    /// <summary>Median of the segment before.</summary>
    public double MedianBeforeNs { get; init; }

    /// <summary>Median of the segment after.</summary>
    public double MedianAfterNs { get; init; }

    /// <summary>Permutation p-value of the split.</summary>
    public double PValue { get; init; }
}
