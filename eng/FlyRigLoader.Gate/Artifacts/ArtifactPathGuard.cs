namespace FlyRigLoader.Gate.Artifacts;

/// <summary>
/// The safety checks every lifecycle step makes before reading or deleting a path: it must lie inside the artifacts
/// folder, and no component between that folder and the path may be a symbolic link (a link could lead anywhere,
/// including <c>/</c> or the repository with its <c>baselines/</c>).
/// </summary>
internal static class ArtifactPathGuard
{
    /// <summary>
    /// The absolute path of <paramref name="relativePath"/> under <paramref name="artifactsRoot"/>, or null when it is
    /// rooted, climbs out with <c>..</c>, or passes through a symbolic link (the final component included).
    /// </summary>
    public static string? Resolve(string artifactsRoot, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(artifactsRoot);
        ArgumentNullException.ThrowIfNull(relativePath);
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath))
        {
            return null;
        }

        var root = Path.GetFullPath(artifactsRoot);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!IsInside(root, full))
        {
            return null;
        }

        var current = root;
        foreach (var part in Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (IsSymbolicLink(current))
            {
                return null;
            }
        }

        return full;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> itself or below it (after normalisation).</summary>
    public static bool IsInside(string root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        var r = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var p = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return string.Equals(r, p, StringComparison.Ordinal)
            || p.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="path"/> itself is a symbolic link or other reparse point (not followed).</summary>
    public static bool IsSymbolicLink(string path)
    {
        try
        {
            // FileInfo reads the entry itself (lstat), so this works for links to directories and dangling links too.
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                return true;
            }

            var attributes = info.Attributes;
            return attributes != (FileAttributes)(-1) && attributes.HasFlag(FileAttributes.ReparsePoint);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            // Unreadable means we must not go there either.
            return true;
        }
    }

    /// <summary>Path relative to <paramref name="root"/> with forward slashes, the form used in manifests and summaries.</summary>
    public static string ToRelative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
