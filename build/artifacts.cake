// Artifact lifecycle targets: retention, compression, shard report merging. Logic lives in FlyRigLoader.Gate.Lifecycle.
using FlyRigLoader.Gate.Lifecycle;

Task("CleanArtifacts")
    .Description("Apply build/retention-policies.json to artifacts/ (--dry-run lists what would go); never touches baselines/ or links.")
    .Does(() => ExitWith(ArtifactLifecycle.CleanArtifacts(paths, options, Console.Out, Console.Error), "CleanArtifacts"));

Task("CompressArtifacts")
    .Description("Pack the latest run (per artifacts/ci-integration/artifact-manifest.json) into artifacts/archives/benchmark-artifacts-<run>.zip and verify it.")
    .Does(() => ExitWith(ArtifactLifecycle.CompressArtifacts(paths, options, Console.Out, Console.Error), "CompressArtifacts"));
