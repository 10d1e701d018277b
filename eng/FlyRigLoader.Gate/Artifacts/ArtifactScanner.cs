
namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Collects file facts under each policy folder without following symbolic links.</summary>
internal static class ArtifactScanner
{
    /// <summary>Scans every policy folder under <paramref name="artifactsRoot"/>; missing folders are empty.</summary>
    public static ArtifactScan Scan(string artifactsRoot, RetentionPolicySet policies)
    {
        ArgumentNullException.ThrowIfNull(artifactsRoot);
        ArgumentNullException.ThrowIfNull(policies);
        var root = Path.GetFullPath(artifactsRoot);
        var files = new List<ArtifactFileFacts>();
        var links = new List<string>();
        foreach (var policy in policies.Policies)
        {
            var folder = ArtifactPathGuard.Resolve(root, policy.Folder);
            if (folder is null)
            {
                links.Add(policy.Folder);
                continue;
            }

            Walk(root, folder, policy.Category, files, links);
        }

        return new ArtifactScan(files, links);
    }

    private static void Walk(string root, string directory, string category, List<ArtifactFileFacts> files, List<string> links)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            // Enumeration reads entries themselves (lstat): a link shows up as a link, its target is never visited.
            entries = new DirectoryInfo(directory).EnumerateFileSystemInfos("*", new EnumerationOptions
            {
                RecurseSubdirectories = false,
                AttributesToSkip = 0,
                IgnoreInaccessible = true,
                ReturnSpecialDirectories = false,
            }).ToList();
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            // Missing or vanished while we looked: nothing to keep or remove.
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var relative = ArtifactPathGuard.ToRelative(root, entry.FullName);
            if (entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                links.Add(relative);
            }
            else if (entry is DirectoryInfo)
            {
                Walk(root, entry.FullName, category, files, links);
            }
            else if (entry is FileInfo file)
            {
                files.Add(new ArtifactFileFacts(category, relative, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)));
            }
        }
    }
}
