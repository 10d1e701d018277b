using System.Security.Cryptography;
using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Reports;

/// <summary>Builds <c>ci-integration/artifact-manifest.json</c>: every file of a run with its size and SHA-256.</summary>
internal static class ArtifactManifest
{
    /// <summary>The manifest JSON for <paramref name="files"/> (paths made relative to <paramref name="artifactsRoot"/>).</summary>
    public static string Render(string runId, string artifactsRoot, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var entries = files.Where(File.Exists).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(f =>
        {
            using var stream = File.OpenRead(f);
            return new ArtifactManifestEntry(Path.GetRelativePath(artifactsRoot, f).Replace('\\', '/'), new FileInfo(f).Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
        }).ToList();
        return ReportJson.Serialize(new { schema_version = 1, run_id = runId, files = entries });
    }
}
