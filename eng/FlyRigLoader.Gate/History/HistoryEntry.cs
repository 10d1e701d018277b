namespace FlyRigLoader.Gate.History;

/// <summary>One accepted run in a history file.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="Sha">Commit measured, or null when unknown.</param>
/// <param name="Date">When the run finished (UTC).</param>
/// <param name="Anchor">True when pinned as an anchor (<c>UpdateBaseline --anchor</c>).</param>
/// <param name="Label">The anchor's label (e.g. <c>v1.2</c>), or null.</param>
/// <param name="Benchmarks">Per benchmark, the run's summary.</param>
internal sealed record HistoryEntry(string RunId, string? Sha, DateTimeOffset Date, bool Anchor, string? Label, IReadOnlyList<HistoryBenchmark> Benchmarks)
{
    /// <summary>The first 12 digits of the commit, or <c>(unknown)</c>.</summary>
    public string ShortSha() => Sha is { Length: > 0 } sha ? sha[..Math.Min(12, sha.Length)] : "(unknown)";

    /// <summary>The benchmark of that name, or null when this run did not measure it.</summary>
    public HistoryBenchmark? Find(string fullName) => Benchmarks.FirstOrDefault(b => string.Equals(b.FullName, fullName, StringComparison.Ordinal));
}
