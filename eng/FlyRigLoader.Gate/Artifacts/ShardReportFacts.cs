using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>What merging needs to know about one shard report.</summary>
/// <param name="Source">The report file (for messages).</param>
/// <param name="RunId">The shard run's id.</param>
/// <param name="GitSha">The commit measured.</param>
/// <param name="Fingerprint">Environment fingerprint of the runner.</param>
/// <param name="Normalized">True when the report's times are calibrated to the reference machine.</param>
/// <param name="Shard">Which shard this report covers, or null for an unsharded run.</param>
/// <param name="Benchmarks">Full names of the benchmarks in the report.</param>
/// <param name="JobKey">The shard's job key, or null when the report records no job.</param>
internal sealed record ShardReportFacts(
    string Source,
    string RunId,
    string? GitSha,
    string Fingerprint,
    bool Normalized,
    Shard? Shard,
    IReadOnlyList<string> Benchmarks,
    string? JobKey = null);
