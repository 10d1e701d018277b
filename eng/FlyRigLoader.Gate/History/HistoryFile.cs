using FlyRigLoader.Gate.Core.Jobs;

namespace FlyRigLoader.Gate.History;

/// <summary>
/// The compact, committed history of one environment fingerprint and one job, beside its baseline
/// (<c>baselines/history/&lt;the baseline's file name&gt;</c>): every accepted run's per-benchmark median, spread,
/// allocation, commit and date, oldest first, nothing per iteration. Bounded: at most <see cref="KeepRuns"/> runs, the
/// oldest dropped first but never a pinned anchor (at most <see cref="MaxAnchors"/> pins).
/// </summary>
/// <param name="Fingerprint">Environment fingerprint of every run.</param>
/// <param name="FingerprintCanonical">The text the fingerprint hashes, or null when not recorded.</param>
/// <param name="EnvironmentName">Readable environment name.</param>
/// <param name="Job">The job of every run (one job per file, as for baselines).</param>
/// <param name="KeepRuns">How many runs the file keeps besides pinned anchors.</param>
/// <param name="Runs">The accepted runs, oldest first.</param>
internal sealed record HistoryFile(string Fingerprint, string? FingerprintCanonical, string EnvironmentName, JobIdentity Job, int KeepRuns, IReadOnlyList<HistoryEntry> Runs)
{
    /// <summary>Schema version written and read.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Runs kept by default: years of weekly baseline refreshes; about 11 KB a run of the default suite.</summary>
    public const int DefaultKeepRuns = 200;

    /// <summary>Pinned anchors kept beyond <see cref="KeepRuns"/>; pinning one more unpins the oldest.</summary>
    public const int MaxAnchors = 10;

    /// <summary>What a run must share with this history to be compared with it.</summary>
    public RunIdentity Identity => new(Fingerprint, FingerprintCanonical, Job);
}
