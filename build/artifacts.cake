// Artifact lifecycle targets: retention, compression, shard report merging. Logic lives in FlyRigLoader.Gate
// (Artifacts/: retention, archives, merging, cleaning); each task calls one entry point and maps its exit code.
using FlyRigLoader.Gate.Artifacts;

Task("CleanArtifacts")
    .Description("Apply build/retention-policies.json to artifacts/ (--dry-run lists what would go); never touches baselines/ or links.")
    .Does(() => ExitWith(ArtifactLifecycle.CleanArtifacts(paths, options, Console.Out, Console.Error), "CleanArtifacts"));

Task("CompressArtifacts")
    .Description("Pack the latest run (per artifacts/ci-integration/artifact-manifest.json) into artifacts/archives/benchmark-artifacts-<run>.zip and verify it.")
    .Does(() => ExitWith(ArtifactLifecycle.CompressArtifacts(paths, options, Console.Out, Console.Error), "CompressArtifacts"));

Task("MergeReports")
    .Description("Merge the shard reports under --reports (default artifacts/reports) into one report; refuses mixed environments, missing or duplicate shards.")
    .Does(() => ExitWith(MergeReportsCommand.Run(paths, options, Console.Out, Console.Error, EnvironmentVariable("GITHUB_STEP_SUMMARY")), "MergeReports"));

// Chained into Benchmarks: --compress-artifacts packs the run; CI mode applies retention afterwards.
Task("__Benchmarks-Lifecycle")
    .IsDependentOn("__Benchmarks-Report")
    .IsDependeeOf("Benchmarks")
    .WithCriteria(() => !options.EnvironmentAnalysis && (options.CompressArtifacts || options.CiMode), "neither --compress-artifacts nor CI mode")
    .Does(() => ExitWith(ArtifactLifecycle.AfterBenchmarks(paths, options, Console.Out, Console.Error), "Artifact lifecycle"));
