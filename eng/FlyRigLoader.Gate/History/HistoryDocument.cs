using FlyRigLoader.Gate.Core.Jobs;

namespace FlyRigLoader.Gate.History;

/// <summary>A history file as JSON (snake_case via <c>ReportJson</c>); <see cref="HistoryStore"/> validates every field it reads.</summary>
/// <param name="Kind">Always <see cref="HistoryStore.Kind"/>.</param>
/// <param name="SchemaVersion">Always <see cref="HistoryFile.SchemaVersion"/>.</param>
/// <param name="Environment">Readable environment name.</param>
/// <param name="Fingerprint">Environment fingerprint.</param>
/// <param name="FingerprintCanonical">The text the fingerprint hashes, or null.</param>
/// <param name="Job">The job of every run.</param>
/// <param name="KeepRuns">How many runs are kept besides pinned anchors.</param>
/// <param name="Runs">The runs, oldest first.</param>
internal sealed record HistoryDocument(
    string? Kind, int SchemaVersion, string? Environment, string? Fingerprint, string? FingerprintCanonical, JobIdentity? Job, int KeepRuns, IReadOnlyList<HistoryEntry?>? Runs);
