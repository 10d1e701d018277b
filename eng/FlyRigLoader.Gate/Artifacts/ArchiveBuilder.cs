using System.IO.Compression;
using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Packs one run's artifacts into a zip, refusing anything outside <c>artifacts/</c>, and verifies it.</summary>
internal static class ArchiveBuilder
{
    /// <summary>The archive file name of a run: <c>benchmark-artifacts-&lt;run&gt;.zip</c>.</summary>
    public static string FileName(string runId) => $"benchmark-artifacts-{runId}.zip";

    /// <summary>The suite guide's <c>memory-profiles-&lt;ts&gt;.zip</c>: the run's memory files alone, <c>memory-profiles-&lt;run&gt;.zip</c>.</summary>
    public static string MemoryProfilesFileName(string runId) => $"memory-profiles-{runId}.zip";

    /// <summary>The manifest's entries under <c>memory-profiles/</c>: what the memory-profiles zip packs.</summary>
    public static RunManifest MemoryProfiles(RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return manifest with { Files = [.. manifest.Files.Where(f => f.Path.StartsWith("memory-profiles/", StringComparison.Ordinal))] };
    }

    /// <summary>
    /// Packs the files of <paramref name="manifest"/> and the manifest itself (<paramref name="manifestPath"/>) into
    /// <paramref name="zipPath"/>. Each file must resolve inside <paramref name="artifactsRoot"/> through no symbolic
    /// link and still match its recorded size and SHA-256. The zip is written to a temporary sibling, verified against
    /// the manifest, and only then renamed into place; on any problem nothing is left behind.
    /// </summary>
    /// <exception cref="GateInputException">A listed file is unsafe, missing or changed, or verification failed.</exception>
    public static void Create(string artifactsRoot, RunManifest manifest, string manifestPath, string zipPath)
    {
        ArgumentNullException.ThrowIfNull(artifactsRoot);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(manifestPath);
        ArgumentNullException.ThrowIfNull(zipPath);
        var sources = manifest.Files.Select(entry => (Entry: entry, Source: SafeSource(artifactsRoot, entry, manifestPath))).ToList();
        var manifestSource = ArtifactPathGuard.Resolve(artifactsRoot, RunManifest.RelativePath) is { } m
            && string.Equals(m, Path.GetFullPath(manifestPath), StringComparison.Ordinal)
            ? m
            : throw new GateInputException(manifestPath, $"the manifest must be artifacts/{RunManifest.RelativePath} (no symbolic links)");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        var temp = AtomicFile.TempSibling(zipPath);
        try
        {
            using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
            {
                foreach (var (entry, source) in sources)
                {
                    AddVerified(zip, entry, source, manifestPath);
                }

                zip.CreateEntryFromFile(manifestSource, RunManifest.RelativePath, CompressionLevel.Optimal);
            }

            var problems = ArchiveVerifier.Verify(temp, manifest);
            if (problems.Count > 0)
            {
                throw new GateInputException(zipPath, "archive does not match the manifest: " + string.Join("; ", problems));
            }

            File.Move(temp, zipPath, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string SafeSource(string artifactsRoot, ManifestEntry entry, string manifestPath)
    {
        if (entry.Path.StartsWith("archives/", StringComparison.Ordinal))
        {
            throw new GateInputException(manifestPath, $"{entry.Path}: archives are never packed into archives");
        }

        var source = ArtifactPathGuard.Resolve(artifactsRoot, entry.Path)
            ?? throw new GateInputException(manifestPath, $"{entry.Path}: outside artifacts/ or behind a symbolic link; refusing to pack it");
        return File.Exists(source)
            ? source
            : throw new GateInputException(manifestPath, $"{entry.Path}: listed in the manifest but missing");
    }

    private static void AddVerified(ZipArchive zip, ManifestEntry entry, string source, string manifestPath)
    {
        // Checked before packing so the error names the changed file; the archive check afterwards catches a change
        // that happens while copying.
        (long Size, string Sha256) actual;
        using (var input = File.OpenRead(source))
        {
            actual = ArchiveVerifier.Hash(input);
        }

        if (actual.Size != entry.SizeBytes || !string.Equals(actual.Sha256, entry.Sha256, StringComparison.Ordinal))
        {
            throw new GateInputException(manifestPath, FormattableString.Invariant(
                $"{entry.Path}: changed since the manifest was written ({actual.Size} bytes, SHA-256 {actual.Sha256}; manifest: {entry.SizeBytes} bytes, {entry.Sha256})"));
        }

        zip.CreateEntryFromFile(source, entry.Path, CompressionLevel.Optimal);
    }
}
