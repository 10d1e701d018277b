namespace FlyRigLoader.Gate.Artifacts;

/// <summary>The inventory of one run's artifacts (<c>artifacts/ci-integration/artifact-manifest.json</c>).</summary>
/// <param name="RunId">The run id (UTC timestamp + short git sha).</param>
/// <param name="Files">Every file the run produced, except the manifest itself.</param>
internal sealed record RunManifest(string RunId, IReadOnlyList<ManifestEntry> Files)
{
    /// <summary>Where the manifest lives, relative to <c>artifacts/</c>.</summary>
    public const string RelativePath = "ci-integration/artifact-manifest.json";
}
