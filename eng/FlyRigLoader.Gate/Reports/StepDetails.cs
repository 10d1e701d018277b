namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// A step in a history between two consecutive runs, with the commits on either side: the whole suite's level
/// (<see cref="SuiteHistoryDetails.ChangePoints"/>) or, with its medians, one benchmark's (<see cref="ChangePointDetails"/>).
/// </summary>
public record StepDetails
{
    /// <summary>Position in the series (the current run last) of the first run after the step.</summary>
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
    /// After / before: for a benchmark, against the rest of the suite when the history was normalized (<c>normalization</c>
    /// <c>suite-relative</c>), else as measured; for the suite, its level.
    /// </summary>
    public double Ratio { get; init; }

    /// <summary>Permutation p-value of the split.</summary>
    public double PValue { get; init; }
}
