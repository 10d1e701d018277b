namespace FlyRigLoader.Gate.Artifacts;

/// <summary>What a scan of the policy folders found.</summary>
/// <param name="Files">Regular files, each in its category.</param>
/// <param name="SkippedLinks">Symbolic links met (relative paths); never followed, never touched.</param>
internal sealed record ArtifactScan(IReadOnlyList<ArtifactFileFacts> Files, IReadOnlyList<string> SkippedLinks);
