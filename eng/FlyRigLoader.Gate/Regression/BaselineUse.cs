namespace FlyRigLoader.Gate.Regression;

/// <summary>Which baseline the gate used for a run, whether it could judge the run, and how the verdicts were reached.</summary>
/// <param name="Path">The baseline file (or a description of the A/B reference), or null when there was none.</param>
/// <param name="Fingerprint">Its environment fingerprint, or null.</param>
/// <param name="JobKey">Its job's key, or null when it records no job.</param>
/// <param name="Comparable">True when it has this run's fingerprint and job (or was measured side by side with it).</param>
/// <param name="IncomparableReason">Why it cannot judge the run, naming the differing fields; null when comparable.</param>
/// <param name="Method">How the verdicts were reached: one of <see cref="FromBaseline"/>, <see cref="SideBySide"/>, <see cref="Informational"/>, <see cref="None"/>.</param>
public sealed record BaselineUse(string? Path, string? Fingerprint, string? JobKey, bool Comparable, string? IncomparableReason, string Method)
{
    /// <summary>Verdicts from a comparable baseline file.</summary>
    public const string FromBaseline = "baseline";

    /// <summary>Verdicts from an interleaved A/B run against a commit, on this machine with this job.</summary>
    public const string SideBySide = "side-by-side";

    /// <summary>An incomparable baseline that could not be measured side by side: numbers for information, no verdict.</summary>
    public const string Informational = "informational";

    /// <summary>No baseline: every benchmark is NEW.</summary>
    public const string None = "none";

    /// <summary>Date of the baseline's newest run, or null when unknown.</summary>
    public DateTimeOffset? LatestRunDate { get; init; }

    /// <summary>Age of the baseline's newest run in days, or null when unknown.</summary>
    public double? AgeDays { get; init; }
}
