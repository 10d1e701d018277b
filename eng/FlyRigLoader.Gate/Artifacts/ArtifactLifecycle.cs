using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Artifacts;

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
                return ExitCodes.Ok;
            }

            if (ArtifactPathGuard.IsSymbolicLink(paths.Artifacts))
            {
                error.WriteLine($"CleanArtifacts: {paths.Artifacts} is a symbolic link; refusing to clean through it");
                return ExitCodes.Error;
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
            return outcome.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.Error;
        }
        catch (GateInputException e)
        {
            error.WriteLine($"CleanArtifacts: {e.Message}");
            return ExitCodes.Error;
        }
    }

    /// <summary>
    /// CompressArtifacts: packs the files listed in <c>artifacts/ci-integration/artifact-manifest.json</c> (and the
    /// manifest) into <c>artifacts/archives/benchmark-artifacts-&lt;run&gt;.zip</c>, verified against the manifest's SHA-256s.
    /// </summary>
    public static int CompressArtifacts(BuildPaths paths, BuildOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var manifestPath = Path.Combine(paths.Artifacts, RunManifest.RelativePath);
        try
        {
            var manifest = RunManifestReader.Read(manifestPath);
            var zipPath = Path.Combine(paths.Archives, ArchiveBuilder.FileName(manifest.RunId));
            ArchiveBuilder.Create(paths.Artifacts, manifest, manifestPath, zipPath);
            output.WriteLine(FormattableString.Invariant(
                $"CompressArtifacts: {manifest.Files.Count + 1} file(s) of run {manifest.RunId} -> {zipPath} ({RetentionSummary.FormatBytes(new FileInfo(zipPath).Length)}), verified against the manifest"));
            if (ArchiveBuilder.MemoryProfiles(manifest) is { Files.Count: > 0 } memory)
            {
                // The guide's users fetch the memory profiles on their own; the same verified packing, fewer files.
                var memoryZip = Path.Combine(paths.Archives, ArchiveBuilder.MemoryProfilesFileName(manifest.RunId));
                ArchiveBuilder.Create(paths.Artifacts, memory, manifestPath, memoryZip);
                output.WriteLine(FormattableString.Invariant($"CompressArtifacts: {memory.Files.Count} memory-profile file(s) -> {memoryZip}"));
            }

            return ExitCodes.Ok;
        }
        catch (GateInputException e)
        {
            error.WriteLine($"CompressArtifacts: {e.Message}");
            return GateInputException.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"CompressArtifacts: writing the archive failed: {e.Message}");
            return ExitCodes.Error;
        }
    }

    /// <summary>
    /// The lifecycle steps the Benchmarks target runs after a finished run: CompressArtifacts when
    /// <c>--compress-artifacts</c> was given, then CleanArtifacts in CI mode. Returns the worst exit code.
    /// </summary>
    public static int AfterBenchmarks(BuildPaths paths, BuildOptions options, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var code = 0;
        if (options.CompressArtifacts)
        {
            code = Math.Max(code, CompressArtifacts(paths, options, output, error));
        }

        if (options.CiMode)
        {
            code = Math.Max(code, CleanArtifacts(paths, options with { DryRun = false }, output, error, clock));
        }

        return code;
    }

    /// <summary>The newest run's manifest and everything it lists stay, whatever the limits say.</summary>
    private static HashSet<string> ProtectedPaths(BuildPaths paths)
    {
        var manifestPath = Path.Combine(paths.Artifacts, RunManifest.RelativePath);
        var protectedPaths = new HashSet<string>(StringComparer.Ordinal) { RunManifest.RelativePath };
        if (File.Exists(manifestPath))
        {
            // A broken manifest protects nothing extra; the run-id rule still protects the newest run.
            try
            {
                protectedPaths.UnionWith(RunManifestReader.Read(manifestPath).Files.Select(f => f.Path));
            }
            catch (GateInputException)
            {
            }
        }

        return protectedPaths;
    }
}
