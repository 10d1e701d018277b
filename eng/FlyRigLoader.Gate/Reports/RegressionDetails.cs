namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// What the regression gate found, as stored in the report's <c>regression_analysis.details</c> and written to
/// <c>regression-analysis-&lt;run&gt;.json</c>: every verdict with its numbers, the drift and the thresholds used.
/// Property order is the file's key order.
/// </summary>
public sealed record RegressionDetails
{
    /// <summary>The format version written.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Format version.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The judged run.</summary>
    public string? RunId { get; init; }

    /// <summary>The gate's exit code for this comparison.</summary>
    public int ExitCode { get; init; }

    /// <summary>
    /// The suite guide's name for the run's outcome (<see cref="GuideVerdicts.ForRun"/>), or null when it has none; set by
    /// whoever knows the run's status (the report's regression analysis), not by the per-benchmark details.
    /// </summary>
    public string? GuideStatus { get; init; }

    /// <summary>The verdict rule in words.</summary>
    public string? Rule { get; init; }

    /// <summary>The baseline used, whether it could judge the run and how the verdicts were reached; null when not recorded.</summary>
    public BaselineDetails? Baseline { get; init; }

    /// <summary>Thresholds used.</summary>
    public RegressionConfigDetails Config { get; init; } = new();

    /// <summary>Suite drift and the normalization applied, or null when not recorded.</summary>
    public RegressionDriftDetails? Drift { get; init; }

    /// <summary>Notes printed with the verdict.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Time verdict name → count.</summary>
    public IReadOnlyDictionary<string, int> Summary { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>How fine the comparison could see (the smallest slowdowns it could have called), or null when no benchmark had a resolution.</summary>
    public ResolutionDetails? Resolution { get; init; }

    /// <summary>One row per benchmark, worst first.</summary>
    public IReadOnlyList<BenchmarkVerdictDetails> Benchmarks { get; init; } = [];

    /// <summary>SLA verdicts judged with the comparison.</summary>
    public IReadOnlyList<SlaVerdictDetails> Sla { get; init; } = [];

    /// <summary>Creep against the history's anchor and change points, or null when the history was not consulted.</summary>
    public HistoryDetails? History { get; init; }

    /// <summary>
    /// The suite guide's status of the analysis (<see cref="GuideVerdicts.ForAnalysis"/>): <c>ANALYSIS_COMPLETE</c>, or
    /// <c>NO_BASELINE</c> when there was none; beside <see cref="Summary"/>, as the guide's result has it. Null in files
    /// written before it was recorded. The run's outcome is <see cref="GuideStatus"/> and the report's own status.
    /// </summary>
    public string? Status { get; init; }
}
