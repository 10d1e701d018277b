using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.EndToEnd;

[Trait(SlowTrait.Name, SlowTrait.Value)]
[Trait("Category", "EndToEnd")]
[Collection(SequentialRuns.Name)]
public sealed class BenchmarksTargetTests
{
    [Fact]
    public void Smoke_run_of_the_real_target_writes_a_valid_report_and_exits_0_or_3_with_only_inconclusive_cases_under_load()
    {
        var root = RepoRoot.Path;
        var reports = BuildRun.Reports;
        var run = BuildRun.Start(["--target=Benchmarks", "--smoke-test=true", "--ci-mode=true", "--report-artifacts=true"]);

        Assert.True(run.Output.ExitCode == 0 || NoVerdictUnderLoad.Explains(run.Output.ExitCode, run.Report), run.Log);
        var report = Assert.IsType<BenchmarkReport>(run.Report);
        Assert.True(report.Complete);
        Assert.Equal("smoke", report.BenchmarkSuite.Profile);
        Assert.NotEmpty(report.BenchmarkResults);
        Assert.All(report.AllEntries(), e => Assert.True(e.Success, e.FullName));
        // Smoke runs the suite in three fresh processes and pools them: every case has one median per launch.
        Assert.Equal(3, report.Launches);
        Assert.Equal(3, report.BenchmarkSuite.Launches!.Count);
        Assert.All(report.BenchmarkSuite.Launches, l => Assert.True(l.ExitCode == 0 && l.CpuSeconds > 0 && l.CasesMeasured == report.AllEntries().Count(), $"launch {l.Index}: {l}"));
        Assert.All(report.AllEntries(), e => Assert.True(e.LaunchMediansNs!.Count == 3 && e.BetweenLaunchSd is not null, e.FullName));
        Assert.All(report.AllEntries(), e => Assert.Equal(6, e.ExecutionTimes.Count));
        Assert.NotNull(report.Environment.Calibration);
        // The job names what the suite's process really ran with: its runtime-settings.json reached the report.
        var job = Assert.IsType<FlyRigLoader.Gate.Core.Jobs.JobIdentity>(report.Job);
        Assert.Equal("smoke", job.Profile);
        // Smoke pools 6 iterations as 3 launches of 2 (LaunchPlan); the job records a launch's share and the launch count.
        Assert.Contains("IterationCount=2", job.BdnJob, StringComparison.Ordinal);
        Assert.Equal(3, job.Launches);
        Assert.Equal("false", job.Runtime["ServerGC"]);
        Assert.DoesNotContain("warning: the suite recorded no runtime-settings.json", run.Output.Combined, StringComparison.Ordinal);
        // The calibration runs again after the last launch, and each launch records the machine's load around it.
        Assert.NotNull(report.Environment.CalibrationAfter);
        Assert.All(report.BenchmarkSuite.Launches, l => Assert.NotNull(l.CalibrationShift));
        Assert.False(string.IsNullOrEmpty(report.BenchmarkSuite.MachineNote));
        if (OperatingSystem.IsLinux())
        {
            Assert.All(report.BenchmarkSuite.Launches, l => Assert.True(l.ForeignCpuSeconds is >= 0 && l.StealSeconds is >= 0 && l.LoadAverageStart is not null && l.LoadAverageEnd is not null, $"launch {l.Index}: {l}"));
        }

        Assert.True(File.Exists(Path.Combine(root, "artifacts", "reports", $"benchmark-summary-{report.RunId}.csv")));
        Assert.True(File.Exists(Path.Combine(root, "artifacts", "ci-integration", "artifact-manifest.json")));
        var html = File.ReadAllText(Path.Combine(reports, $"benchmark-report-{report.RunId}.html"));
        var images = System.Text.RegularExpressions.Regex.Count(html, "<img class=\"chart\" [^>]*src=\"data:image/svg\\+xml;base64,[A-Za-z0-9+/=]{100,}\"");
        var pngs = Directory.GetFiles(Path.Combine(root, "artifacts", "charts"), $"{report.RunId}-*.png");
        Assert.True(images >= report.AllEntries().Count(), $"{images} chart images");
        Assert.Equal(images, pngs.Length);
        Assert.All(pngs, p => Assert.True(Gate.Reports.Charts.ChartRenderer.StartsWithPngMagic(p), p));
        Assert.DoesNotContain("<section id=\"comparison\"", html, StringComparison.Ordinal);
        Assert.Contains("Benchmark Results:", run.Output.Combined, StringComparison.Ordinal);
    }
}
