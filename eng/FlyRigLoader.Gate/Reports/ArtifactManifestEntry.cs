namespace FlyRigLoader.Gate.Reports;

/// <summary>One file of the artifact manifest.</summary>
/// <param name="Path">Path relative to the artifacts folder, forward slashes.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">Lower-case hex digest.</param>
internal sealed record ArtifactManifestEntry(string Path, long Size, string Sha256);
