// Artifact lifecycle targets: retention, compression, shard report merging. Logic lives in FlyRigLoader.Gate
// (Artifacts/: retention, archives, merging, cleaning); each task calls one entry point and maps its exit code.
using FlyRigLoader.Gate.Artifacts;

Task("CleanArtifacts")
    .Description("Apply build/retention-policies.json to artifacts/ (--dry-run lists what would go); never touches baselines/ or links.")
    .Does<BuildData>(data => data.ExitWith(ArtifactLifecycle.CleanArtifacts(data.Paths, data.Options, Console.Out, Console.Error), "CleanArtifacts"));

Task("CompressArtifacts")
    .Description("Pack the latest run (per artifacts/ci-integration/artifact-manifest.json) into artifacts/archives/benchmark-artifacts-<run>.zip and verify it.")
    .Does<BuildData>(data => data.ExitWith(ArtifactLifecycle.CompressArtifacts(data.Paths, data.Options, Console.Out, Console.Error), "CompressArtifacts"));

Task("MergeReports")
    .Description("Merge the shard reports under --reports (default artifacts/reports) into one report; refuses mixed environments, missing or duplicate shards.")
    .Does<BuildData>(data => data.ExitWith(MergeReportsCommand.Run(data.Paths, data.Options, Console.Out, Console.Error, data.Options.StepSummaryPath), "MergeReports"));

// Chained into Benchmarks: --compress-artifacts packs the run; CI mode applies retention afterwards.
Task("__Benchmarks-Lifecycle")
    .IsDependentOn("__Benchmarks-Report")
    .IsDependeeOf("Benchmarks")
    .WithCriteria<BuildData>((ctx, data) => !data.Options.EnvironmentAnalysis && (data.Options.CompressArtifacts || data.Options.CiMode), "neither --compress-artifacts nor CI mode")
    .Does<BuildData>(data => data.ExitWith(ArtifactLifecycle.AfterBenchmarks(data.Paths, data.Options, Console.Out, Console.Error), "Artifact lifecycle"));
