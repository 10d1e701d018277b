using FlyRigLoader.Gate.Baselines;

namespace FlyRigLoader.Gate.Regression;

/// <summary>A baseline ready for comparison.</summary>
/// <param name="File">The accepted runs.</param>
/// <param name="Path">Where it came from (a path, or a description such as <c>git ref main (3 interleaved rounds)</c>).</param>
/// <param name="FingerprintMatches">False when it was recorded in another environment.</param>
/// <param name="Interleaved">True when it was measured interleaved with the current run on this machine (A/B mode), so
/// a suite-wide shift between the two is the code's doing, not the environment's.</param>
/// <param name="IncomparableReason">
/// Why it cannot judge the current run (another fingerprint or job, fields named), or null when it can. An interleaved
/// baseline always can: both builds ran on this machine with the same job.
/// </param>
/// <param name="LocateNote">How the file was picked when it is not the one named for this run's fingerprint and job.</param>
internal sealed record LoadedBaseline(BaselineFile File, string Path, bool FingerprintMatches, bool Interleaved = false, string? IncomparableReason = null, string? LocateNote = null)
{
    /// <summary>True when the baseline may judge the current run.</summary>
    public bool Comparable => Interleaved || IncomparableReason is null;
}
