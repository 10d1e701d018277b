
namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Applies a <see cref="RetentionPlan"/>: deletes regular files inside the artifacts folder, nothing else.</summary>
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

        return new RetentionOutcome(removed, vanished, failed);
    }
}
