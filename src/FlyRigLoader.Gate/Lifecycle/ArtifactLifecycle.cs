using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Retention;

namespace FlyRigLoader.Gate.Lifecycle;

/// <summary>
/// Entry points of the artifact-lifecycle targets (CleanArtifacts, CompressArtifacts, MergeReports) and of the steps
/// the Benchmarks target chains after a run. Each returns the documented exit code: 0 ok, 1 gate failure, 2 invalid
/// input or infrastructure.
/// </summary>
public static class ArtifactLifecycle
{
    /// <summary>The retention policy file, relative to the repository root.</summary>
    public const string PolicyFile = "build/retention-policies.json";

    /// <summary>Where CleanArtifacts writes its summary, relative to <c>artifacts/</c>.</summary>
    public const string RetentionSummaryFile = "ci-integration/retention-summary.json";

    /// <summary>
    /// CleanArtifacts: applies the retention policies of <see cref="PolicyFile"/> to <c>artifacts/</c> (or, with
    /// <c>--dry-run</c>, lists what would go and the space it frees) and writes <see cref="RetentionSummaryFile"/>.
    /// </summary>
    public static int CleanArtifacts(BuildPaths paths, BuildOptions options, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        try
        {
            var policies = RetentionPolicySet.Load(Path.Combine(paths.Root, PolicyFile));
            if (!Directory.Exists(paths.Artifacts))
            {
                output.WriteLine("CleanArtifacts: no artifacts folder, nothing to clean");
                return 0;
            }

            if (ArtifactPathGuard.IsSymbolicLink(paths.Artifacts))
            {
                error.WriteLine($"CleanArtifacts: {paths.Artifacts} is a symbolic link; refusing to clean through it");
                return 2;
            }

            var scan = ArtifactScanner.Scan(paths.Artifacts, policies);
            var plan = RetentionPlanner.Plan(policies, scan.Files, ProtectedPaths(paths), now);
            var outcome = RetentionExecutor.Apply(paths.Artifacts, plan, options.DryRun);
            foreach (var line in RetentionSummary.ToLines(outcome, options.DryRun))
            {
                output.WriteLine(line);
            }

            var summaryPath = Path.Combine(paths.Artifacts, RetentionSummaryFile);
            AtomicFile.WriteAllText(summaryPath, RetentionSummary.ToJson(policies, plan, outcome, scan, now, options.DryRun));
            output.WriteLine($"summary: {summaryPath}");
            return outcome.Failed.Count == 0 ? 0 : 2;
        }
        catch (GateInputException e)
        {
            error.WriteLine($"CleanArtifacts: {e.Message}");
            return 2;
        }
    }

    private static HashSet<string> ProtectedPaths(BuildPaths paths) => new(StringComparer.Ordinal);
}
