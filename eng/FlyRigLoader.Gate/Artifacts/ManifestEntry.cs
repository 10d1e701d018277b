namespace FlyRigLoader.Gate.Artifacts;

/// <summary>One file of a run as the artifact manifest records it.</summary>
/// <param name="Path">Path relative to <c>artifacts/</c>, forward slashes.</param>
/// <param name="SizeBytes">Size in bytes when the manifest was written.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
internal sealed record ManifestEntry(string Path, long SizeBytes, string Sha256);
