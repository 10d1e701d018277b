
namespace FlyRigLoader.Gate.Artifacts;

/// <summary>
/// Applies a <see cref="RetentionPlan"/>: deletes regular files inside the artifacts folder, then the directories those
/// removals left empty (as the suite guide's cleanup removes directories too), never a kind's own folder such as
/// <c>reports/</c> or anything behind a symbolic link.
/// </summary>
internal static class RetentionExecutor
{
    /// <summary>
    /// Deletes each planned file after re-checking it: it must still resolve inside <paramref name="artifactsRoot"/>
    /// through no symbolic link and still be a regular file. Files gone meanwhile are reported, not failed.
    /// With <paramref name="dryRun"/> nothing is deleted.
    /// </summary>
    public static RetentionOutcome Apply(string artifactsRoot, RetentionPlan plan, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(artifactsRoot);
        ArgumentNullException.ThrowIfNull(plan);
        var removed = new List<RetentionDecision>();
        var vanished = new List<string>();
        var failed = new List<KeyValuePair<string, string>>();
        foreach (var decision in plan.Removals)
        {
            var relative = decision.File.RelativePath;
            var full = ArtifactPathGuard.Resolve(artifactsRoot, relative);
            if (full is null)
            {
                failed.Add(new(relative, "now outside artifacts/ or behind a symbolic link; left alone"));
                continue;
            }

            var info = new FileInfo(full);
            if (!info.Exists)
            {
                vanished.Add(relative);
                continue;
            }

            if (dryRun)
            {
                removed.Add(decision);
                continue;
            }

            try
            {
                info.Delete();
                removed.Add(decision);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
            {
                vanished.Add(relative);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed.Add(new(relative, e.Message));
            }
        }

        var (directories, warnings) = dryRun ? ([], []) : RemoveEmptyDirectories(artifactsRoot, removed.Select(d => d.File.RelativePath));
        return new RetentionOutcome(removed, vanished, failed) { RemovedDirectories = directories, DirectoryWarnings = warnings };
    }

    /// <summary>
    /// Removes, deepest first, each emptied directory below a kind's folder (<c>logs/bdn-run/</c> goes, <c>logs/</c>
    /// stays). A directory that cannot be removed is a warning, as in the guide: the files it held are gone already.
    /// </summary>
    private static (List<string> Removed, List<KeyValuePair<string, string>> Warnings) RemoveEmptyDirectories(string artifactsRoot, IEnumerable<string> removedFiles)
    {
        var candidates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in removedFiles)
        {
            var parts = file.Split('/', '\\');
            for (var depth = parts.Length - 1; depth >= 2; depth--)
            {
                candidates.Add(string.Join('/', parts[..depth]));
            }
        }

        var removed = new List<string>();
        var warnings = new List<KeyValuePair<string, string>>();
        foreach (var relative in candidates.OrderByDescending(c => c.Count(ch => ch == '/')).ThenBy(c => c, StringComparer.Ordinal))
        {
            if (ArtifactPathGuard.Resolve(artifactsRoot, relative) is not { } full || !Directory.Exists(full) || Directory.EnumerateFileSystemEntries(full).Any())
            {
                continue;
            }

            try
            {
                Directory.Delete(full, recursive: false);
                removed.Add(relative + "/");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add(new(relative + "/", e.Message));
            }
        }

        return (removed, warnings);
    }
}
