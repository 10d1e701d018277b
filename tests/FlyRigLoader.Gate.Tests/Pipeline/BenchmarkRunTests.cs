using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.RunEnvironment;
using FlyRigLoader.TestKit;

namespace FlyRigLoader.Gate.Tests.Pipeline;

public sealed class BenchmarkRunTests
{
    private const string Registry = """
        { "schema_version": 1, "slas": [
          { "id": "TST-PERF-001", "description": "Pickle load < 1 s per 100 MB", "metric": "time", "threshold": 1.0, "unit": "s",
            "scale": { "parameter": "SizeMb", "per": 100 }, "benchmarks": ["FlyRigLoader.Benchmarks.DataLoading.*Load*"] } ] }
        """;

    private static (BenchmarkRun Run, StringWriter Output, BuildPaths Paths) Create(
        TempDirectory dir, BuildOptions options, IReadOnlyList<string> command, IRegressionGate? gate = null, Gate.RunEnvironment.IMachineLoadSource? loadSource = null)
    {
        dir.Write(Path.Combine("repo", "benchmarks", "sla-registry.json"), Registry);
        var paths = new BuildPaths(dir.Combine("repo"));
        var output = new StringWriter();
        var run = new BenchmarkRun(options, paths, output, gate, FakeProbe.TypicalCiRunner(),
            new BenchmarkRunSettings(command, SkipBuild: true, SkipCalibration: true, Environment: _ => null, ChartRendererCommand: Reports.Html.HtmlReportJobTests.Renderer)
            {
                LoadSource = loadSource,
            });
        return (run, output, paths);
    }

    private const string SlowedCase = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 1)";

    // Launch 2 measures the pickle loads 5000x slower (12 us -> 62 ms), so the 1 MB case fails TST-PERF-001 (10 ms) pooled.
    private static IReadOnlyList<string> SecondLaunchSlowed(TempDirectory dir)
    {
        var normal = Fixture.Results(Fixture.DataLoadingReport);
        var slowed = FakeBenchmarkExe.Slowed(dir, Fixture.DataLoadingReport, 5000, "slowed");
        return FakeBenchmarkExe.CreateSequence(dir, [[normal], [slowed], [normal]], sleepSeconds: 1, announced: 2);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Each_launch_records_the_machine_load_around_it_in_the_report()
    {
        using var dir = new TempDirectory();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var (run, _, _) = Create(dir, new BuildOptions { SmokeTest = true }, fake, loadSource: new NeighbourLoadSource(k => k == 2));

        Assert.Equal(0, run.RunAll());

        var report = BenchmarkReportReader.Read(run.ReportPath!);
        var launches = report.BenchmarkSuite.Launches!;
        Assert.Equal([0.0, 0.0, 1.8], launches.Select(l => l.ForeignCpuSeconds!.Value));
        Assert.All(launches, l => Assert.Equal(0.0, l.StealSeconds));
        Assert.Equal(Math.Round(1.8 / launches[2].WallSeconds, 4), launches[2].ForeignCores!.Value, 9);
        Assert.Equal([0.2, 0.2, 1.9], launches.Select(l => l.LoadAverageStart!.Value));
        Assert.All(launches, l => Assert.False(l.Remeasure));
        Assert.Contains("launch 3 disturbed: other processes kept", report.BenchmarkSuite.MachineNote, StringComparison.Ordinal);
        Assert.Empty(report.Remeasured!);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void The_default_load_source_reads_the_proc_tree_around_each_launch()
    {
        using var dir = new TempDirectory();
        dir.Write(Path.Combine("proc", "stat"), "cpu  5000 0 1000 90000 10 0 0 25 0 0\n");
        dir.Write(Path.Combine("proc", "self", "stat"), "77 (dotnet) S 1 77 77 0 -1 0 0 0 0 0 100 20 3000 1000 20 0 1 0 1 0 0");
        dir.Write(Path.Combine("proc", "loadavg"), "0.42 0.30 0.20 1/100 77\n");
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var (run, _, _) = Create(dir, new BuildOptions { SmokeTest = true, Launches = 2 }, fake, loadSource: new Gate.RunEnvironment.ProcLoadSource(dir.Combine("proc")));

        Assert.Equal(0, run.RunAll());

        // The fake tree does not move: no foreign time or steal during either launch, and its load average before and after.
        var launches = BenchmarkReportReader.Read(run.ReportPath!).BenchmarkSuite.Launches!;
        Assert.Equal(2, launches.Count);
        Assert.All(launches, l => Assert.Equal([0.0, 0.0, 0.0, 0.42, 0.42], new[] { l.ForeignCpuSeconds, l.StealSeconds, l.ForeignCores, l.LoadAverageStart, l.LoadAverageEnd }.Select(v => v!.Value)));
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void A_neighbour_during_one_launch_gets_a_failing_sla_measured_again_and_the_quiet_re_measurement_decides()
    {
        using var dir = new TempDirectory();
        var (run, output, paths) = Create(dir, new BuildOptions { SmokeTest = true, ReportArtifacts = true, CiMode = true }, SecondLaunchSlowed(dir),
            loadSource: new NeighbourLoadSource(k => k == 1));

        Assert.True(run.RunAll() == 0, output.ToString());

        var report = BenchmarkReportReader.Read(run.ReportPath!);
        var record = Assert.Single(report.Remeasured!);
        Assert.Equal((SlowedCase, "JUDGED_ON_REMEASURE"), (record.FullName, record.Outcome));
        Assert.Equal([4, 5], record.Launches);
        Assert.Contains("launch 2: other processes kept", record.Reason, StringComparison.Ordinal);
        Assert.Equal([false, false, false, true, true], report.BenchmarkSuite.Launches!.Select(l => l.Remeasure));
        var entry = report.AllEntries().Single(e => e.FullName == SlowedCase);
        Assert.Equal([4, 5], entry.LaunchIndices);
        Assert.Equal(Core.Sla.SlaStatus.Pass, Assert.Single(entry.SlaValidation).Status);
        var calls = File.ReadAllLines(FakeBenchmarkExe.ArgsLog(dir));
        Assert.Equal(5, calls.Length);
        Assert.All(calls[3..], c => Assert.Contains("--filter FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle --artifacts", c, StringComparison.Ordinal));
        Assert.All([1, 2], i => Assert.NotEmpty(Directory.GetFiles(Path.Combine(paths.Logs, "bdn-" + run.RunId, $"remeasure-{i}", "results"))));
        Assert.Contains("JUDGED_ON_REMEASURE", output.ToString(), StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(paths.Reports, $"benchmark-summary-{run.RunId}.md"));
        Assert.Contains("- **Machine during the run**: others kept", markdown, StringComparison.Ordinal);
        Assert.Contains("## Re-measured under interference", markdown, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(paths.Reports, $"benchmark-report-{run.RunId}.html"));
        Assert.Contains("Machine during the run: others kept", html, StringComparison.Ordinal);
        Assert.Contains("id=\"remeasured\"", html, StringComparison.Ordinal);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void A_neighbour_through_the_first_re_measure_round_gets_a_second_round_in_folders_of_its_own()
    {
        using var dir = new TempDirectory();
        // Launch 2 of the run and both launches of the first re-measure round (launches 4 and 5) busy; launches 6 and 7 quiet.
        var (run, output, paths) = Create(dir, new BuildOptions { SmokeTest = true }, SecondLaunchSlowed(dir), loadSource: new NeighbourLoadSource(k => k is 1 or 3 or 4));

        Assert.True(run.RunAll() == 0, output.ToString());

        var report = BenchmarkReportReader.Read(run.ReportPath!);
        var record = Assert.Single(report.Remeasured!);
        Assert.Equal("JUDGED_ON_REMEASURE", record.Outcome);
        Assert.Equal([4, 5, 6, 7], record.Launches);
        Assert.Equal([6, 7], record.JudgedOn);
        // Launches 4 and 5 are named together, or one by one when their foreign loads differ in the second decimal.
        Assert.Matches(@"; re-measure round 1 disturbed too \(launch(es 4, 5| 4): other processes kept [0-9.]+ of 2 cores busy", record.Reason);
        Assert.EndsWith("); judged on the re-measurement, which was quiet", record.Reason, StringComparison.Ordinal);
        Assert.Equal(7, File.ReadAllLines(FakeBenchmarkExe.ArgsLog(dir)).Length);
        Assert.All([1, 2, 3, 4], i => Assert.NotEmpty(Directory.GetFiles(Path.Combine(paths.Logs, "bdn-" + run.RunId, $"remeasure-{i}", "results"))));
        Assert.Contains("Interference: every re-measure launch of 1 case(s) was disturbed too; measuring 1 method(s) once more in 2 fresh launch(es)", output.ToString(), StringComparison.Ordinal);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void An_unsettled_run_measures_again_a_slowdown_its_first_look_left_suspected_at_the_fail_threshold_but_not_one_below_it()
    {
        const string Hidden = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 4)";
        // Every case's second launch 5000x slower: an unsettled run. The first look left the 4 MB case SUSPECTED at x1.30.
        var firstLook = new RegressionOutcome(0, new RegressionAnalysis("REGRESSION_SUSPECTED", false, "baselines/b.json", new RegressionDetails
        {
            Benchmarks = [new BenchmarkVerdictDetails { FullName = Hidden, Category = "data_loading", Verdict = "SUSPECTED", Ratio = 1.3 }],
        }));
        string Run(double? threshold, out BenchmarkReport report)
        {
            using var dir = new TempDirectory();
            var gate = new FirstLookGate(firstLook, new RegressionOutcome(0, new RegressionAnalysis("NO_REGRESSION", false, "baselines/b.json", null)));
            // A quiet load source: the machine's own would see the tests running beside this one as a neighbour.
            var (run, output, _) = Create(dir, new BuildOptions { SmokeTest = true, BaselineComparison = true, Threshold = threshold }, SecondLaunchSlowed(dir), gate, new NeighbourLoadSource(_ => false));
            Assert.True(run.RunAll() == 0, output.ToString());
            report = BenchmarkReportReader.Read(run.ReportPath!);
            return output.ToString();
        }

        var text = Run(null, out var report);

        Assert.Contains($"Interference: the run is unsettled and left 1 slowdown(s) at the fail threshold SUSPECTED ({Hidden}); they are decided with the failing cases", text, StringComparison.Ordinal);
        var records = report.Remeasured!.ToDictionary(r => r.FullName, StringComparer.Ordinal);
        Assert.Equal([SlowedCase, Hidden], records.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("JUDGED_ON_REMEASURE", records[Hidden].Outcome);
        Assert.Equal([4, 5], report.AllEntries().Single(e => e.FullName == Hidden).LaunchIndices);

        // With --threshold=0.5 a x1.30 did not reach the fail threshold: its SUSPECTED stands as measured.
        var higher = Run(0.5, out var kept);

        Assert.DoesNotContain("left 1 slowdown(s)", higher, StringComparison.Ordinal);
        Assert.Equal([SlowedCase], kept.Remeasured!.Select(r => r.FullName));
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void A_re_measure_round_is_judged_against_the_calibration_just_before_it_not_a_start_that_ran_in_a_burst()
    {
        using var dir = new TempDirectory();
        // The start's calibration ran in a burst (16 ms CPU probe); every later one reads the quiet 8 ms.
        var calibrations = 0;
        var (_, output, paths) = Create(dir, new BuildOptions { SmokeTest = true }, SecondLaunchSlowed(dir));
        var run = new BenchmarkRun(new BuildOptions { SmokeTest = true }, paths, output, null, FakeProbe.TypicalCiRunner(),
            new BenchmarkRunSettings(SecondLaunchSlowed(dir), SkipBuild: true, Environment: _ => null, ChartRendererCommand: Reports.Html.HtmlReportJobTests.Renderer)
            {
                LoadSource = new NeighbourLoadSource(k => k == 1),
                Calibrate = _ => new Gate.Calibration.CalibrationResult(calibrations++ == 0 ? 16 : 8, 10, 3, 5, 12, 55, 25, 1),
            });

        Assert.True(run.RunAll() == 0, output.ToString());

        var report = BenchmarkReportReader.Read(run.ReportPath!);
        // The run's own launches moved +100% against the burst-slowed start: all disturbed, as before.
        Assert.All(report.BenchmarkSuite.Launches!.Where(l => !l.Remeasure), l => Assert.Equal(1.0, l.CalibrationShift!.Value, 3));
        // The re-measure round is bracketed by the calibration after the launches and its own: it did not move.
        Assert.All(report.BenchmarkSuite.Launches!.Where(l => l.Remeasure), l => Assert.Equal(0.0, l.CalibrationShift!.Value, 3));
        var record = Assert.Single(report.Remeasured!);
        Assert.Equal("JUDGED_ON_REMEASURE", record.Outcome);
        Assert.Equal([4, 5], record.Launches);
        Assert.Contains("the calibration probe ran 100% faster after the launches than before them", record.Reason, StringComparison.Ordinal);
        Assert.Equal(3, calibrations);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void A_re_measure_round_waits_for_a_neighbour_the_accounting_sees_to_stop()
    {
        using var dir = new TempDirectory();
        var readings = new Queue<double?>([1.5, 1.49, 0.1]);
        // The calibration after the run's launches ran beside the neighbour (16 ms CPU probe); the others read a quiet 8 ms.
        var calibrations = 0;
        var (_, output, paths) = Create(dir, new BuildOptions { SmokeTest = true }, SecondLaunchSlowed(dir));
        var run = new BenchmarkRun(new BuildOptions { SmokeTest = true }, paths, output, null, FakeProbe.TypicalCiRunner(),
            new BenchmarkRunSettings(SecondLaunchSlowed(dir), SkipBuild: true, Environment: _ => null, ChartRendererCommand: Reports.Html.HtmlReportJobTests.Renderer)
            {
                LoadSource = new NeighbourLoadSource(k => k == 1),
                ForeignCoresOverWindow = _ => readings.Count > 0 ? readings.Dequeue() : 0.1,
                Calibrate = _ => new Gate.Calibration.CalibrationResult(calibrations++ == 1 ? 16 : 8, 10, 3, 5, 12, 55, 25, 1),
            });

        Assert.True(run.RunAll() == 0, output.ToString());

        Assert.Contains("Interference: other processes kept 1.50 of 2 cores busy; waited 6 s before re-measuring: quiet now", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(readings);
        var report = BenchmarkReportReader.Read(run.ReportPath!);
        Assert.Equal("JUDGED_ON_REMEASURE", Assert.Single(report.Remeasured!).Outcome);
        // Taken again after the wait, the calibration bracketing the round did not move: its launches stay quiet.
        Assert.Equal(4, calibrations);
        Assert.All(report.BenchmarkSuite.Launches!.Where(l => l.Remeasure), l => Assert.Equal(0.0, l.CalibrationShift!.Value, 3));
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void A_neighbour_still_busy_at_the_wait_limit_is_re_measured_beside_anyway()
    {
        using var dir = new TempDirectory();
        var (_, output, paths) = Create(dir, new BuildOptions { SmokeTest = true }, SecondLaunchSlowed(dir));
        var run = new BenchmarkRun(new BuildOptions { SmokeTest = true }, paths, output, null, FakeProbe.TypicalCiRunner(),
            new BenchmarkRunSettings(SecondLaunchSlowed(dir), SkipBuild: true, SkipCalibration: true, Environment: _ => null, ChartRendererCommand: Reports.Html.HtmlReportJobTests.Renderer)
            {
                LoadSource = new NeighbourLoadSource(k => k == 1),
                ForeignCoresOverWindow = _ => 1.5,
            });

        run.RunAll();

        Assert.Contains("waited 60 s before re-measuring: still 1.50 busy at the limit, re-measuring anyway", output.ToString(), StringComparison.Ordinal);
        Assert.NotNull(BenchmarkReportReader.Read(run.ReportPath!).Remeasured);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void A_neighbour_that_stays_leaves_the_failing_case_inconclusive_exit_3_unless_no_verdict_is_accepted()
    {
        using var dir = new TempDirectory();
        var (run, output, _) = Create(dir, new BuildOptions { SmokeTest = true, CiMode = true }, SecondLaunchSlowed(dir), loadSource: new NeighbourLoadSource(k => k >= 1));

        Assert.Equal(3, run.RunAll());

        var report = BenchmarkReportReader.Read(run.ReportPath!);
        Assert.Equal("INCONCLUSIVE", Assert.Single(report.Remeasured!).Outcome);
        Assert.Equal(1, report.Summary.SlaInconclusive);
        Assert.Equal(3, report.Summary.ExitCode);
        var text = output.ToString();
        Assert.Contains("::warning title=SLA TST-PERF-001 INCONCLUSIVE::" + SlowedCase, text, StringComparison.Ordinal);
        Assert.Contains("Exit code: 3 (no verdict", text, StringComparison.Ordinal);
        Assert.Contains("no verdict (exit 3) for 1 case(s): " + SlowedCase, text, StringComparison.Ordinal);

        using var again = new TempDirectory();
        var (accepted, acceptedOutput, _) = Create(again, new BuildOptions { SmokeTest = true, AcceptNoVerdict = true }, SecondLaunchSlowed(again), loadSource: new NeighbourLoadSource(k => k >= 1));

        Assert.Equal(0, accepted.RunAll());
        Assert.Contains("warning: --accept-no-verdict: exit 3 accepted as 0, with no verdict for 1 case(s): " + SlowedCase, acceptedOutput.ToString(), StringComparison.Ordinal);
        // The report's exit code is the one the process returned; its no-verdict line and the cases still say what was accepted.
        var acceptedReport = BenchmarkReportReader.Read(accepted.ReportPath!);
        Assert.Equal(0, acceptedReport.Summary.ExitCode);
        Assert.Equal(1, acceptedReport.Summary.SlaInconclusive);
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
    public void Update_baseline_refuses_a_run_whose_launches_disagree_writing_nothing_and_takes_it_with_allow_unsettled()
    {
        using var dir = new TempDirectory();
        var normal = Fixture.Results(Fixture.DataLoadingReport);
        // Every case 1.5x slower in launch 2 of 3: sd of log launch medians ln(1.5)/sqrt(3) = 0.234 in every case.
        var slowed = FakeBenchmarkExe.Slowed(dir, Fixture.DataLoadingReport, 1.5, "slowed");
        var fake = FakeBenchmarkExe.CreateSequence(dir, [[normal], [slowed], [normal]], sleepSeconds: 0, announced: 2);
        var (run, _, paths) = Create(dir, new BuildOptions { SmokeTest = true }, fake);
        Assert.Equal(0, run.RunAll());
        int Update(bool allowUnsettled, out string error)
        {
            using var output = new StringWriter();
            using var errors = new StringWriter();
            var code = RegressionGate.UpdateBaseline(new BuildOptions { Report = run.ReportPath, AllowDirty = true, AllowUnsettled = allowUnsettled }, paths, output, errors);
            error = errors.ToString();
            return code;
        }

        Assert.Equal(2, Update(allowUnsettled: false, out var refusal));
        Assert.Contains($"error: UpdateBaseline refuses run {run.RunId}: the run is unsettled: its launches disagree by a median sd of log 0.234 over its cases, above baseline_max_launch_spread 0.06", refusal, StringComparison.Ordinal);
        Assert.True(!Directory.Exists(paths.Baselines) || Directory.GetFiles(paths.Baselines, "*.json", SearchOption.AllDirectories).Length == 0);
        Assert.Equal(0, Update(allowUnsettled: true, out var none));
        Assert.Equal(string.Empty, none);
        Assert.Single(Directory.GetFiles(paths.Baselines, "*.json"));
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
    public void A_leak_rule_out_of_range_in_the_gate_config_stops_the_run_before_any_launch_with_exit_2()
    {
        using var dir = new TempDirectory();
        dir.Write(Path.Combine("repo", "baselines", "gate-config.json"), """{ "leak_check": { "alpha": 0.9 } }""");
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var (run, output, _) = Create(dir, new BuildOptions { SmokeTest = true, MemoryProfiling = true }, fake);

        Assert.Equal(2, run.RunAll());

        Assert.False(File.Exists(FakeBenchmarkExe.ArgsLog(dir)));
        Assert.Contains("gate-config.json", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("leak_check: 'alpha' must be a number between 0.0001 and 0.5, got 0.9", output.ToString(), StringComparison.Ordinal);
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

    private sealed class FirstLookGate(RegressionOutcome firstLook, RegressionOutcome final) : IRegressionGate
    {
        public RegressionOutcome Compare(BenchmarkReport report, string reportPath, TextWriter output) => final;

        public RegressionOutcome FirstLook(BenchmarkReport report, string reportPath) => firstLook;
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
