using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Accuracy.Tests.EndToEnd;

/// <summary>The smallest real GateAccuracy run: one baseline run and one x1.25 trial of one smoke benchmark, through the bootstrapper (build.ps1 on Windows).</summary>
[Trait("Speed", "Slow")]
[Trait("Category", "EndToEnd")]
[Collection(GateAccuracyRuns.Name)]
public sealed class GateAccuracyTargetTests
{
    [Fact]
    public void Gate_accuracy_builds_the_flavour_runs_the_trials_through_the_pipeline_and_writes_the_report()
    {
        var folder = Path.Combine(RepoRoot.Path, "artifacts", "accuracy");
        var before = GateAccuracyFile.Newest(folder);

        var run = ChildProcess.Capture(Bootstrapper.Command(
            // --allow-unsettled: this checks the plumbing on a machine the other tests keep busy, where a run's launches may disagree.
            ["--target=GateAccuracy", "--experiments=inject125", "--trials=1", "--baseline-runs=1", "--profile=smoke", "--filter=*ConfigSmokeBenchmarks*", "--allow-unsettled"],
            RepoRoot.Path), TimeSpan.FromMinutes(10));

        var log = $"exit {run.ExitCode}\n{run.Combined}";
        Assert.True(run.ExitCode == 0, log);
        var newest = GateAccuracyFile.Newest(folder);
        Assert.True(newest is not null && newest != before, log);
        var report = GateAccuracyFile.Read(newest!);
        Assert.Equal((1, 1, "smoke", "*ConfigSmokeBenchmarks.LoadFromFile*"), (report.Settings.Trials, report.Settings.BaselineRuns, report.Settings.Profile, report.Settings.TargetBenchmark));
        Assert.Equal(1, report.Baseline!.Runs);
        Assert.StartsWith("artifacts/accuracy/baselines/", report.Baseline.Path, StringComparison.Ordinal);
        Assert.Equal(0, report.Baseline.MaxLaunchSpread);
        Assert.NotNull(Assert.Single(report.Baseline.Trials).LaunchSpread);
        var experiment = Assert.Single(report.Experiments);
        Assert.Equal(("inject125", 1), (experiment.Name, experiment.TrialsPlanned));
        Assert.Contains("on FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile", experiment.Flavour, StringComparison.Ordinal);
        var trial = Assert.Single(experiment.Trials);
        Assert.True(trial.Error is null, trial.Error);
        Assert.NotNull(trial.Verdicts);
        Assert.Contains(trial.Outcomes["time"], new[] { "exact", "target-and-other", "other-only", "suspected", "no-verdict", "missed" });
        Assert.Equal(OperatingSystem.IsLinux() ? 3 : 0, trial.LoadAverageStart?.Count ?? 0);
        var score = Assert.Single(experiment.Scores);
        Assert.Equal((1, ">= 1/1"), (score.Trials, score.Bar));
        Assert.Empty(report.Errors);
        Assert.Contains("| inject125  | REGRESSION on the target and no other |", run.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "runs", report.RunId, "inject125-01", "trial.log")), log);
        // A judged trial runs as Benchmarks --baseline-comparison (its interference review can re-measure before the verdict).
        var trialReport = Gate.Reports.BenchmarkReportReader.Read(Path.Combine(folder, "runs", report.RunId, "inject125-01", "reports", $"benchmark-report-{trial.RunId}.json"));
        Assert.NotNull(trialReport.RegressionAnalysis);
    }
}
