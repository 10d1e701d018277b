namespace FlyRigLoader.Gate.Regression;

/// <summary>What the comparison was made against, for the report.</summary>
/// <param name="Path">Baseline file or folder used, or null when missing.</param>
/// <param name="Fingerprint">The baseline's environment fingerprint.</param>
/// <param name="CurrentFingerprint">The current run's fingerprint.</param>
/// <param name="FingerprintMatches">False when the baseline comes from another environment.</param>
/// <param name="Runs">Accepted runs in the baseline.</param>
/// <param name="LatestRunDate">Date of the newest baseline run.</param>
/// <param name="AgeDays">Age of the newest baseline run in days.</param>
/// <param name="Stale">True when older than the configured maximum age.</param>
/// <param name="Use">Whether the baseline could judge the run, and how the verdicts were reached.</param>
/// <param name="CurrentJobKey">The current run's job key, or null when it records none.</param>
internal sealed record BaselineInfo(
    string? Path, string? Fingerprint, string? CurrentFingerprint, bool FingerprintMatches, int Runs, DateTimeOffset? LatestRunDate, double? AgeDays, bool Stale,
    BaselineUse? Use = null, string? CurrentJobKey = null);
