namespace FlyRigLoader.Discovery;

/// <summary>What discovery found, sorted by ordinal path, and what it had to skip.</summary>
/// <param name="Files">Matching files in ordinal path order, without duplicates. Never contains directories.</param>
/// <param name="Warnings">Entries skipped instead of failing the whole run (unreadable directories, vanished files…).</param>
public sealed record DiscoveryResult(IReadOnlyList<DiscoveredFile> Files, IReadOnlyList<DiscoveryWarning> Warnings)
{
    /// <summary>The paths of <see cref="Files"/>, in the same order.</summary>
    public IReadOnlyList<string> Paths => Files.Select(f => f.Path).ToArray();
}
