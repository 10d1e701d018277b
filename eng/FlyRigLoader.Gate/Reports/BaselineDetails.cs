namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The baseline a comparison used (<c>regression_analysis.details.baseline</c>): which file, whether it could judge the
/// run, why not, and how the verdicts were reached.
/// </summary>
public sealed record BaselineDetails
{
    /// <summary>The baseline file (or the A/B reference's description), or null when there was none.</summary>
    public string? Path { get; init; }

    /// <summary>Its environment fingerprint.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>Its job's key, or null when it records no job.</summary>
    public string? JobKey { get; init; }

    /// <summary>True when it has the run's fingerprint and job, or was measured side by side with it.</summary>
    public bool Comparable { get; init; } = true;

    /// <summary>Why it cannot judge the run (the differing fields), or null.</summary>
    public string? IncomparableReason { get; init; }

    /// <summary><c>baseline</c>, <c>side-by-side</c> (interleaved A/B), <c>informational</c> (no verdict) or <c>none</c>.</summary>
    public string? Method { get; init; }

    /// <summary>Date of its newest run (ISO 8601 UTC), or null when unknown.</summary>
    public string? LatestRunDate { get; init; }

    /// <summary>Age of its newest run in days, or null when unknown.</summary>
    public double? AgeDays { get; init; }
}
