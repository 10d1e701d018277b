using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>
/// Decides what the Clean target removes: every entry directly under artifacts/ except its README, the Cake cache and the
/// gate's own build output, which the running build script has loaded (the bootstrapper rebuilds it on the next call anyway).
/// </summary>
public static class CleanPlanner
{
    /// <summary>Top-level entries of artifacts/ to delete, given the names present.</summary>
    public static IReadOnlyList<string> TopLevelToDelete(IEnumerable<string> topLevelNames) =>
        [.. topLevelNames.Where(n => n is not ("README.md" or "cake" or "bin" or "obj")).Order(StringComparer.Ordinal)];

    /// <summary>Project folders under artifacts/bin and artifacts/obj to delete (all but the gate's).</summary>
    public static IReadOnlyList<string> BuildOutputsToDelete(IEnumerable<string> projectFolderNames) =>
        [.. projectFolderNames.Where(n => n != "FlyRigLoader.Gate").Order(StringComparer.Ordinal)];

    /// <summary>Deletes per the plan, never following symlinks (a link is removed, its target is not touched).</summary>
    public static IReadOnlyList<string> Execute(BuildPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var removed = new List<string>();
        if (!Directory.Exists(paths.Artifacts))
        {
            return removed;
        }

        var top = new DirectoryInfo(paths.Artifacts).EnumerateFileSystemInfos().ToDictionary(i => i.Name, StringComparer.Ordinal);
        foreach (var name in TopLevelToDelete(top.Keys))
        {
            Remove(top[name], removed);
        }

        foreach (var folder in new[] { paths.Bin, paths.Obj }.Where(Directory.Exists))
        {
            var projects = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToDictionary(i => i.Name, StringComparer.Ordinal);
            foreach (var name in BuildOutputsToDelete(projects.Keys))
            {
                Remove(projects[name], removed);
            }
        }

        return removed;
    }

    private static void Remove(FileSystemInfo entry, List<string> removed)
    {
        try
        {
            if (entry is DirectoryInfo dir && dir.LinkTarget is null)
            {
                dir.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }

            removed.Add(entry.FullName);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone: the goal of Clean is met.
        }
        catch (FileNotFoundException)
        {
            // Already gone: the goal of Clean is met.
        }
    }
}
