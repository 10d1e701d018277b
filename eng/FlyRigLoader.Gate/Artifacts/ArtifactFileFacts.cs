namespace FlyRigLoader.Gate.Artifacts;

/// <summary>What retention knows about one regular file (never a symbolic link).</summary>
/// <param name="Category">The policy category whose folder holds the file.</param>
/// <param name="RelativePath">Path relative to <c>artifacts/</c>, forward slashes.</param>
/// <param name="SizeBytes">Size in bytes.</param>
/// <param name="LastWriteUtc">Last write time.</param>
internal sealed record ArtifactFileFacts(string Category, string RelativePath, long SizeBytes, DateTimeOffset LastWriteUtc);
