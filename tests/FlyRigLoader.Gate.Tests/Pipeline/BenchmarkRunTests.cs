using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.Infra;
using FlyRigLoader.Gate.Tests.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.Pipeline;

public sealed class BenchmarkRunTests
{
    private const string Registry = """
        { "schema_version": 1, "slas": [
          { "id": "TST-PERF-001", "description": "Pickle load < 1 s per 100 MB", "metric": "time", "threshold": 1.0, "unit": "s",
            "scale": { "parameter": "SizeMb", "per": 100 }, "benchmarks": ["FlyRigLoader.Benchmarks.DataLoading.*Load*"] } ] }
        """;

    private static (BenchmarkRun Run, StringWriter Output, BuildPaths Paths) Create(TempDirectory dir, BuildOptions options, IReadOnlyList<string> command, IRegressionGate? gate = null)
    {
        dir.Write(Path.Combine("repo", "benchmarks", "sla-registry.json"), Registry);
        var paths = new BuildPaths(dir.Combine("repo"));
        var output = new StringWriter();
        var run = new BenchmarkRun(options, paths, output, gate, FakeProbe.TypicalCiRunner(),
            new BenchmarkRunSettings(command, SkipBuild: true, SkipCalibration: true, Environment: _ => null, ChartRendererCommand: Reports.Html.HtmlReportJobTests.Renderer));
        return (run, output, paths);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Passing_run_writes_every_artifact_and_exits_0()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var (run, output, paths) = Create(dir, new BuildOptions { SmokeTest = true, ReportArtifacts = true, StatisticalAnalysis = true, CiMode = true }, fake);

        var code = run.RunAll();

        Assert.True(code == 0, output.ToString());
        var report = BenchmarkReportReader.Read(run.ReportPath!);
        Assert.True(report.Complete);
        Assert.Equal(2, report.Summary.SlaPassed);
        Assert.Matches(@"^\d{8}T\d{6}Z-0123456$", run.RunId);
        string[] expected =
        [
            $"reports/benchmark-report-{run.RunId}.json", $"reports/benchmark-summary-{run.RunId}.csv", $"reports/benchmark-summary-{run.RunId}.md",
            $"reports/benchmark-report-{run.RunId}.html", $"statistical-analysis/confidence-intervals-{run.RunId}.json", $"environment/environment-info-{run.RunId}.json",
            $"logs/benchmark-run-{run.RunId}.log", "ci-integration/github-actions-summary.json", "ci-integration/artifact-manifest.json",
        ];
        Assert.All(expected, f => Assert.True(File.Exists(Path.Combine(paths.Artifacts, f)), f));
        var pngs = Directory.GetFiles(paths.Charts, $"{run.RunId}-*.png");
        Assert.Contains(pngs, p => p.Contains("-scaling-", StringComparison.Ordinal));
        Assert.All(pngs, p => Assert.True(Gate.Reports.Charts.ChartRenderer.StartsWithPngMagic(p), p));
        var markdown = File.ReadAllText(Path.Combine(paths.Reports, $"benchmark-summary-{run.RunId}.md"));
        Assert.All(pngs, p => Assert.Contains("](../charts/" + Path.GetFileName(p) + ")", markdown, StringComparison.Ordinal));
        var manifest = File.ReadAllText(Path.Combine(paths.Artifacts, "ci-integration", "artifact-manifest.json"));
        Assert.Contains($"reports/benchmark-report-{run.RunId}.json", manifest, StringComparison.Ordinal);
        Assert.Contains("\"sha256\"", manifest, StringComparison.Ordinal);
        Assert.Contains($"charts/{Path.GetFileName(pngs[0])}", manifest, StringComparison.Ordinal);
        Assert.Contains("  [1/2] ConfigLoadBenchmarks.LoadSmall", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("// Benchmark:", output.ToString(), StringComparison.Ordinal);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Each_launch_runs_in_its_own_folder_with_its_share_of_iterations_and_the_report_pools_them()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 1, announced: 2);
        var (run, output, paths) = Create(dir, new BuildOptions { SmokeTest = true }, fake);

        Assert.Equal(0, run.RunAll());

        var report = BenchmarkReportReader.Read(run.ReportPath!);
        Assert.Equal(3, report.Launches);
        Assert.All([1, 2, 3], i => Assert.NotEmpty(Directory.GetFiles(Path.Combine(paths.Logs, "bdn-" + run.RunId, $"launch-{i}", "results"))));
        var single = Gate.Results.BdnReportReader.Read(Fixture.Results(Fixture.DataLoadingReport));
        Assert.All(report.AllEntries(), e =>
        {
            Assert.Equal(3, e.LaunchMediansNs!.Count);
            Assert.Equal(0.0, e.BetweenLaunchSd);
            Assert.Equal(3 * single.Single(r => r.FullName == e.FullName).SamplesNs.Count, e.ExecutionTimes.Count);
        });
        var launches = report.BenchmarkSuite.Launches!;
        Assert.Equal([1, 2, 3], launches.Select(l => l.Index));
        Assert.Equal([false, true, false], launches.Select(l => l.ReverseOrder));
        Assert.All(launches, l =>
        {
            Assert.Equal(2, l.Iterations);
            Assert.Equal(0, l.ExitCode);
            Assert.Equal(2, l.CasesMeasured);
            Assert.InRange(l.WallSeconds, 0.5, 600);
            Assert.NotNull(l.CpuSeconds);
            Assert.InRange(l.CpuSeconds!.Value, 0, l.WallSeconds);
        });
        var calls = File.ReadAllLines(FakeBenchmarkExe.ArgsLog(dir));
        Assert.Equal(3, calls.Length);
        Assert.All(calls, c => Assert.Contains("--launch-iterations 2", c, StringComparison.Ordinal));
        Assert.Equal([false, true, false], calls.Select(c => c.Contains("--reverse-order", StringComparison.Ordinal)));
        Assert.Contains("smoke; 3 launches × 2 iterations, pooled", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Launch 2/3, reverse order", output.ToString(), StringComparison.Ordinal);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Launches_option_sets_how_many_processes_and_the_leak_check_runs_once_after_them()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var (run, _, _) = Create(dir, new BuildOptions { SmokeTest = true, MemoryProfiling = true, Launches = 2 }, fake);

        Assert.Equal(0, run.RunAll());

        var calls = File.ReadAllLines(FakeBenchmarkExe.ArgsLog(dir));
        Assert.Equal(3, calls.Length);
        Assert.All(calls[..2], c => Assert.Contains("--launch-iterations 3", c, StringComparison.Ordinal));
        Assert.Contains("--leak-check", calls[2], StringComparison.Ordinal);
        var report = BenchmarkReportReader.Read(run.ReportPath!);
        Assert.Equal(2, report.Launches);
        Assert.Equal("NO_LEAKS_DETECTED", report.MemoryAnalysis.LeakDetection.Status);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Timeout_is_one_deadline_across_launches_and_stops_the_rest()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], sleepSeconds: 0, announced: 2, laterSleepSeconds: 120);
        var (run, _, paths) = Create(dir, new BuildOptions { SmokeTest = true, Timeout = TimeSpan.FromSeconds(4) }, fake);

        Assert.Equal(2, run.RunAll());

        var report = BenchmarkReportReader.Read(run.ReportPath!);
        Assert.False(report.Complete);
        Assert.Contains("timed out after 4 s; 2 of 2 benchmark(s) finished (launch 2 of 3)", report.IncompleteReason, StringComparison.Ordinal);
        Assert.Contains("launch 2 of 3 timed out; the remaining 1 launch(es) were not run", report.IncompleteReason, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(paths.Logs, "bdn-" + run.RunId, "launch-3")));
        Assert.Equal([false, true], report.BenchmarkSuite.Launches!.Select(l => l.TimedOut));
        Assert.Equal(2, File.ReadAllLines(FakeBenchmarkExe.ArgsLog(dir)).Length);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void A_failed_launch_fails_the_run_closed_without_running_the_others()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, exitCode: 3, announced: 2);
        var (run, output, _) = Create(dir, new BuildOptions { SmokeTest = true }, fake);

        Assert.Equal(2, run.RunAll());

        Assert.Single(File.ReadAllLines(FakeBenchmarkExe.ArgsLog(dir)));
        Assert.Contains("error: the benchmark process exited with 3 (launch 1 of 3)", output.ToString(), StringComparison.Ordinal);
        var report = BenchmarkReportReader.Read(run.ReportPath!);
        Assert.Contains("launch 1 of 3 failed; the remaining 2 launch(es) were not run", report.IncompleteReason, StringComparison.Ordinal);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Timeout_kills_the_process_keeps_partial_results_and_exits_2()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], sleepSeconds: 120, announced: 6);
        var (run, output, _) = Create(dir, new BuildOptions { SmokeTest = true, Timeout = TimeSpan.FromSeconds(3) }, fake);

        var code = run.RunAll();

        Assert.Equal(2, code);
        var report = BenchmarkReportReader.Read(run.ReportPath!);
        Assert.False(report.Complete);
        Assert.Contains("timed out after 3 s; 2 of 6 benchmark(s) finished", report.IncompleteReason, StringComparison.Ordinal);
        Assert.Equal(2, report.Summary.TotalBenchmarks);
        Assert.Contains("RUN INCOMPLETE", output.ToString(), StringComparison.Ordinal);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Benchmark_that_threw_fails_the_run_although_the_process_exited_0()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport, Fixture.ConfigReport], 0);
        var (run, _, _) = Create(dir, new BuildOptions { SmokeTest = true }, fake);

        Assert.Equal(2, run.RunAll());
        Assert.Equal(1, BenchmarkReportReader.Read(run.ReportPath!).Summary.Failed);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Leak_check_result_lands_in_memory_analysis()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var (run, _, paths) = Create(dir, new BuildOptions { SmokeTest = true, MemoryProfiling = true }, fake);

        Assert.Equal(0, run.RunAll());
        var leak = BenchmarkReportReader.Read(run.ReportPath!).MemoryAnalysis.LeakDetection;
        Assert.Equal("NO_LEAKS_DETECTED", leak.Status);
        Assert.Equal(10, leak.CyclesTested);
        Assert.True(File.Exists(Path.Combine(paths.MemoryProfiles, $"memory-analysis-{run.RunId}.json")));
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Baseline_comparison_uses_the_gate_and_its_verdict()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var gate = new RecordingGate(new RegressionOutcome(1, new RegressionAnalysis("REGRESSION_DETECTED", true, "baselines/b.json", null)));
        var (run, _, _) = Create(dir, new BuildOptions { SmokeTest = true, BaselineComparison = true }, fake, gate);

        Assert.Equal(1, run.RunAll());
        Assert.Equal(run.ReportPath, gate.SeenPath);
        Assert.Equal("REGRESSION_DETECTED", BenchmarkReportReader.Read(run.ReportPath!).RegressionAnalysis!.Status);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Baseline_comparison_without_a_gate_exits_2()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var (run, output, _) = Create(dir, new BuildOptions { SmokeTest = true, BaselineComparison = true }, fake);

        Assert.Equal(2, run.RunAll());
        Assert.Contains("regression gate is not available", output.ToString(), StringComparison.Ordinal);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Step_summary_is_appended_when_GITHUB_STEP_SUMMARY_is_set()
    {
        using var dir = new TempDirectory();
        var summary = dir.Write("step-summary.md", "previous step\n");
        dir.Write(Path.Combine("repo", "benchmarks", "sla-registry.json"), Registry);
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var run = new BenchmarkRun(new BuildOptions { SmokeTest = true }, new BuildPaths(dir.Combine("repo")), new StringWriter(), null, FakeProbe.TypicalCiRunner(),
            new BenchmarkRunSettings(fake, SkipBuild: true, SkipCalibration: true, Environment: n => n == "GITHUB_STEP_SUMMARY" ? summary : null));

        Assert.Equal(0, run.RunAll());
        var text = File.ReadAllText(summary);
        Assert.StartsWith("previous step\n", text, StringComparison.Ordinal);
        Assert.Contains("# FlyRigLoader Performance Benchmark Results", text, StringComparison.Ordinal);
        Assert.Contains("SLA Compliance**: 100.0% (2/2)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_analysis_stops_after_detection()
    {
        using var dir = new TempDirectory();
        var (run, output, paths) = Create(dir, new BuildOptions { EnvironmentAnalysis = true }, ["/nonexistent"]);

        Assert.Equal(0, run.RunAll());
        Assert.Contains("Fingerprint:", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(paths.Reports));
        Assert.Single(Directory.GetFiles(paths.Environment));
    }

    [Fact]
    public void Invalid_registry_is_exit_2_before_any_report()
    {
        using var dir = new TempDirectory();
        var (run, output, paths) = Create(dir, new BuildOptions(), ["/nonexistent"]);
        dir.Write(Path.Combine("repo", "benchmarks", "sla-registry.json"), "{ \"schema_version\": 1, \"slas\": [ {} ] }");

        Assert.Equal(2, run.Analyze());
        Assert.Contains("sla-registry.json: invalid SLA registry", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(paths.Reports));
    }

    [Fact]
    public void A_missing_suite_dll_is_exit_2_naming_it_before_anything_runs()
    {
        using var dir = new TempDirectory();
        dir.Write(Path.Combine("repo", "benchmarks", "sla-registry.json"), Registry);
        var paths = new BuildPaths(dir.Combine("repo"));
        var output = new StringWriter();
        var run = new BenchmarkRun(new BuildOptions { SuiteDll = "artifacts/accuracy/none/FlyRigLoader.Benchmarks.dll" }, paths, output, null, FakeProbe.TypicalCiRunner(),
            new BenchmarkRunSettings(SkipCalibration: true, Environment: _ => null));

        Assert.Equal(2, run.Execute());
        Assert.Contains($"--suite-dll: {Path.Combine(paths.Root, "artifacts", "accuracy", "none", "FlyRigLoader.Benchmarks.dll")} not found", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Building", output.ToString(), StringComparison.Ordinal);
    }

    private sealed class RecordingGate(RegressionOutcome outcome) : IRegressionGate
    {
        public string? SeenPath { get; private set; }

        public RegressionOutcome Compare(BenchmarkReport report, string reportPath, TextWriter output)
        {
            SeenPath = reportPath;
            Assert.True(File.Exists(reportPath));
            return outcome;
        }
    }
}
