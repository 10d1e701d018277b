namespace FlyRigLoader.Gate.PullRequests;

/// <summary>The baseline a judged run was compared with, as the gate's <c>baseline-comparison-&lt;run&gt;.json</c> records it.</summary>
/// <param name="Path">The baseline file, or null when none was found.</param>
/// <param name="Fingerprint">Its environment fingerprint, or null.</param>
/// <param name="FingerprintMatches">Whether it is this runner's fingerprint, or null when not recorded.</param>
/// <param name="Runs">How many runs it holds, or null.</param>
/// <param name="AgeDays">Age of its newest run in days, or null.</param>
/// <param name="Stale">Older than the gate's limit, or null.</param>
internal sealed record JudgedBaseline(string? Path, string? Fingerprint, bool? FingerprintMatches, int? Runs, double? AgeDays, bool? Stale);
