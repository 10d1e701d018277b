namespace FlyRigLoader.Gate.Reports;

/// <summary>A step of the whole suite's level, with the commits on either side.</summary>
public sealed record SuiteStepDetails
{
    /// <summary>Position in the history (the current run last) of the first run after the step.</summary>
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

    /// <summary>Level after / level before.</summary>
    public double Ratio { get; init; }

    /// <summary>Permutation p-value of the split.</summary>
    public double PValue { get; init; }
}
