using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.TestKit;
using NJsonSchema;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class BenchmarkReportTests
{
    private static async Task<JsonSchema> Schema() =>
        await JsonSchema.FromFileAsync(Path.Combine(RepoRoot.Path, "schemas", "benchmark-report.schema.json"));

    [Fact]
    public async Task Built_report_satisfies_the_schema_and_reads_back()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        var json = ReportJson.Serialize(report);

        Assert.Empty((await Schema()).Validate(json));

        using var dir = new TempDirectory();
        var path = dir.Write("benchmark-report-x.json", json);
        var read = BenchmarkReportReader.Read(path);
        Assert.Equal(report.RunId, read.RunId);
        Assert.Equal(report.Environment.Fingerprint, read.Environment.Fingerprint);
        Assert.Equal(1.0, read.Environment.Calibration!.SpeedFactor);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", read.BenchmarkSuite.GitSha);
        var entry = read.BenchmarkResults["data-loading"]["FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 4)"];
        Assert.Equal(report.BenchmarkResults["data-loading"][entry.FullName].ExecutionTimes, entry.ExecutionTimes);
        Assert.Equal(4120d, entry.AllocatedBytesPerOp);
        Assert.Equal(SlaStatus.Pass, Assert.Single(entry.SlaValidation).Status);
        Assert.Contains("\"guide_margin\":", json, StringComparison.Ordinal);
        Assert.Contains($"\"storage_performance_tier\": \"{report.Environment.Info.StoragePerformanceTier}\"", json, StringComparison.Ordinal);
        Assert.Equal(report.BenchmarkResults["data-loading"][entry.FullName].SlaValidation[0].GuideMargin, entry.SlaValidation[0].GuideMargin);
        Assert.NotNull(entry.SlaValidation[0].GuideMargin);
        Assert.True(read.Complete);
        Assert.Equal(report.Summary, read.Summary);
    }

    [Fact]
    public async Task Report_with_launch_loads_a_calibration_after_and_a_re_measured_case_satisfies_the_schema_and_reads_back()
    {
        const string failing = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 1)";
        var inputs = ReportSamples.LaunchedInputs(1, 5000, 1);
        var launches = inputs.LaunchRuns!.Select((l, i) => l with { ForeignCpuSeconds = i == 1 ? 27.5 : 0.4, StealSeconds = 0.1, ForeignCores = i == 1 ? 0.9 : 0.013, LoadAverageStart = 0.3, LoadAverageEnd = i == 1 ? 1.7 : 0.4, CalibrationShift = 0.031 })
            .Append(new LaunchInfo(4, 12, 11, 0, false, 5, true, 2, 26, 0, 2.1667, 1.7, 1.9, null, Remeasure: true)).ToList();
        var record = new RemeasureRecord(failing, "first measurement disturbed (launch 2: other processes kept 0.90 of 2 cores busy (limit 0.25)); interference persisted", [4], [], RemeasureRecord.Inconclusive, [1.2e4, 6.1e7, 1.2e4], [1.3e4]);
        var report = ReportBuilder.Build(inputs with { LaunchRuns = launches, Remeasured = [record], CalibrationAfter = new Gate.Calibration.CalibrationResult(12.4, 56, 25, 5, 12, 55, 25, 0.97) });
        var json = ReportJson.Serialize(report);

        Assert.Empty((await Schema()).Validate(json));
        using var dir = new TempDirectory();
        var read = BenchmarkReportReader.Read(dir.Write("benchmark-report-x.json", json));
        Assert.Equal(record.Reason, Assert.Single(read.Remeasured!).Reason);
        Assert.Equal(record.FirstLaunchMediansNs, read.Remeasured![0].FirstLaunchMediansNs);
        Assert.Equal(launches, read.BenchmarkSuite.Launches);
        Assert.Equal(0.97, read.Environment.CalibrationAfter!.SpeedFactor);
        Assert.Equal(SlaStatus.Inconclusive, read.AllEntries().Single(e => e.FullName == failing).SlaValidation.Single().Status);
        Assert.Equal((1, 3), (read.Summary.SlaInconclusive, read.Summary.ExitCode));
        Assert.Contains("launch 2 disturbed: other processes kept 0.87 of 2 cores busy", read.BenchmarkSuite.MachineNote, StringComparison.Ordinal);
        Assert.Contains("re-measure launch 4 disturbed", read.BenchmarkSuite.MachineNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_line_of_a_case_shows_its_memory_peak_beside_allocation_per_op()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        var entry = report.AllEntries().First(e => e.AllocatedBytesPerOp is not null);
        var category = report.BenchmarkResults[entry.Category].ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        category[entry.FullName] = entry with { ProcessMemory = new FlyRigLoader.Gate.Core.Results.ProcessMemoryUse(300.3 * 1048576.0, 12 * 1048576.0, 80 * 1048576.0) };
        var results = report.BenchmarkResults.ToDictionary(kv => kv.Key, kv => kv.Key == entry.Category ? category : kv.Value, StringComparer.Ordinal);

        var lines = ConsoleSummary.Render(report with { BenchmarkResults = results }, "r.json", plain: true).Split('\n');

        var line = Assert.Single(lines, l => l.Contains(entry.FullName, StringComparison.Ordinal) && l.Contains("[alloc", StringComparison.Ordinal));
        Assert.Contains("MB/op] [memory peak 300.3 MB]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Summaries_show_the_machine_note_the_re_measured_cases_and_an_inconclusive_sla()
    {
        const string failing = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 1)";
        var record = new RemeasureRecord(failing, "first measurement disturbed (launch 2: busy); interference persisted", [4, 5], [], RemeasureRecord.Inconclusive, [1, 2, 3], [4, 5]);
        var report = ReportBuilder.Build(ReportSamples.LaunchedInputs(1, 5000, 1) with { Remeasured = [record] });

        var markdown = MarkdownSummaryWriter.Render(report);
        var console = ConsoleSummary.Render(report, "r.json", plain: true);
        var annotations = CiAnnotations.Render(report);

        Assert.Contains("- **Machine during the run**: no CPU accounting here (Linux only)", markdown, StringComparison.Ordinal);
        Assert.Contains($"| `{failing}` | ⚠️ INCONCLUSIVE | 4, 5 | first measurement disturbed (launch 2: busy); interference persisted |", markdown, StringComparison.Ordinal);
        Assert.Contains("⚠️ INCONCLUSIVE", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Exit code**: 3 (no verdict", markdown, StringComparison.Ordinal);
        Assert.Contains("[????] " + failing, console, StringComparison.Ordinal);
        Assert.Contains("SLAs: 2 passed, 0 failed, 1 inconclusive, 0 without data", console, StringComparison.Ordinal);
        Assert.Contains("Re-measured under interference: " + failing + ": INCONCLUSIVE (re-measure launches 4, 5)", console, StringComparison.Ordinal);
        Assert.Contains(annotations, a => a.StartsWith("::warning title=SLA TST-PERF-001 INCONCLUSIVE::" + failing, StringComparison.Ordinal));
        // The only error is the run's "No verdict" (exit 3 fails closed); the SLA itself did not fail.
        Assert.Equal(["::error title=No verdict::"], annotations.Where(a => a.StartsWith("::error", StringComparison.Ordinal)).Select(a => a[..(a.IndexOf("::", 2, StringComparison.Ordinal) + 2)]));
    }

    [Fact]
    public async Task Launched_report_carries_each_launch_median_its_spread_and_the_launches_and_satisfies_the_schema()
    {
        var report = ReportBuilder.Build(ReportSamples.LaunchedInputs(1.0, 1.1, 1.21));
        var json = ReportJson.Serialize(report);

        Assert.Empty((await Schema()).Validate(json));
        var parsed = Newtonsoft.Json.Linq.JObject.Parse(json);
        // The run's launches are recorded once, in its job.
        Assert.Equal(3, (int)parsed["job"]!["launches"]!);
        Assert.Null(parsed["launches"]);
        Assert.Equal(3, ((Newtonsoft.Json.Linq.JArray)parsed["benchmark_suite"]!["launches"]!).Count);
        Assert.Equal(29.25, (double)parsed["benchmark_suite"]!["launches"]![0]!["cpu_seconds"]!);
        Assert.All(report.AllEntries(), e =>
        {
            Assert.Equal(3, e.LaunchMediansNs!.Count);
            Assert.Equal(Math.Log(1.1), e.BetweenLaunchSd!.Value, 9);
            Assert.Equal(e.LaunchMediansNs[0] * 1.21, e.LaunchMediansNs[2], 6);
            // Statistics are over every launch's samples.
            Assert.Equal(e.ExecutionTimes.Count, e.Statistics!.N);
        });

        using var dir = new TempDirectory();
        var read = BenchmarkReportReader.Read(dir.Write("benchmark-report-x.json", json));
        Assert.Equal(3, read.Launches);
        var facts = LaunchFacts.Of(read);
        Assert.Equal([1, 2, 3], facts.Select(f => f.Launch.Index));
        Assert.True(facts[1].Launch.ReverseOrder);
        var entry = read.AllEntries().First();
        Assert.Equal(entry.LaunchMediansNs![1], facts[1].CaseMediansNs[entry.FullName]);
        Assert.Equal(read.AllEntries().Count(), facts[2].CaseMediansNs.Count);
    }

    [Fact]
    public async Task One_launch_report_has_one_median_per_case_and_no_spread()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());

        Assert.Equal(1, report.Launches);
        Assert.All(report.AllEntries().Where(e => e.Success), e => Assert.Equal([e.Statistics!.Median], e.LaunchMediansNs!));
        Assert.All(report.AllEntries(), e => Assert.Null(e.BetweenLaunchSd));
        Assert.Empty(report.AllEntries().Single(e => !e.Success).LaunchMediansNs!);
        Assert.Empty((await Schema()).Validate(ReportJson.Serialize(report)));
    }

    [Theory]
    [InlineData("launch_medians_ns")]
    [InlineData("between_launch_sd")]
    public async Task Schema_requires_each_entrys_launch_fields(string field)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(ReportJson.Serialize(ReportBuilder.Build(ReportSamples.LaunchedInputs(1.0, 1.1))));
        ((Newtonsoft.Json.Linq.JObject)json["benchmark_results"]!["config"]!.First!.First!).Remove(field);

        Assert.NotEmpty((await Schema()).Validate(json.ToString()));
    }

    [Fact]
    public async Task Schema_rejects_zero_launches()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(ReportJson.Serialize(ReportBuilder.Build(ReportSamples.Inputs())));
        json["job"]!["launches"] = 0;

        Assert.NotEmpty((await Schema()).Validate(json.ToString()));
    }

    [Fact]
    public void Report_written_before_launches_reads_as_one_launch()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(ReportJson.Serialize(ReportBuilder.Build(ReportSamples.Inputs())));
        // A report written before launches and jobs were recorded has neither.
        json.Remove("job");
        ((Newtonsoft.Json.Linq.JObject)json["benchmark_suite"]!).Remove("launches");

        using var dir = new TempDirectory();
        var read = BenchmarkReportReader.Read(dir.Write("benchmark-report-old.json", json.ToString()));

        Assert.Equal(1, read.Launches);
        Assert.Empty(LaunchFacts.Of(read));
    }

    [Fact]
    public void Markdown_gives_each_case_its_launch_spread_and_names_the_launches()
    {
        var markdown = MarkdownSummaryWriter.Render(ReportBuilder.Build(ReportSamples.LaunchedInputs(1.0, 1.1, 1.21)));

        Assert.Contains("- **Launches**: 3 fresh process(es) × 5 iterations each, samples pooled", markdown, StringComparison.Ordinal);
        var row = markdown.Split('\n').Single(l => l.Contains("LoadPickle(SizeMb: 4)", StringComparison.Ordinal));
        Assert.EndsWith("| 10.0% |", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_keeps_the_seed_header_with_launches()
    {
        var csv = CsvSummaryWriter.Render(ReportBuilder.Build(ReportSamples.LaunchedInputs(1.0, 1.1, 1.21))).Split('\n');

        Assert.Equal(string.Join(',', CsvSummaryWriter.Columns), csv[0]);
    }

    [Fact]
    public void Report_groups_by_category_and_failed_case_makes_exit_2()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());

        Assert.Equal(["config", "data-loading"], report.BenchmarkResults.Keys);
        Assert.Equal(new ReportSummary(4, 3, 1, 3, 3, 0, 0, 2), report.Summary);
        Assert.NotNull(report.BenchmarkResults["data-loading"].Values.First().ScalingAnalysis);
        Assert.Null(report.BenchmarkResults["config"].Values.First().ScalingAnalysis);
    }

    [Fact]
    public void All_passing_report_exits_0_and_sla_failure_exits_1()
    {
        Assert.Equal(0, ReportBuilder.Build(ReportSamples.Inputs(includeFailure: false)).Summary.ExitCode);

        var strict = new SlaRegistry(1, [new SlaDefinition("TIGHT", "impossible", "time", 1, "ns", null, ["*LoadSmall"])]);
        var failing = ReportBuilder.Build(ReportSamples.Inputs(includeFailure: false) with { Registry = strict });
        Assert.Equal(1, failing.Summary.ExitCode);
        Assert.Equal(1, failing.Summary.SlaFailed);
    }

    [Fact]
    public async Task Incomplete_report_with_regression_hook_is_valid()
    {
        var inputs = ReportSamples.Inputs(includeFailure: false) with
        {
            Complete = false,
            IncompleteReason = "timed out",
            Regression = new RegressionAnalysis("REGRESSION_DETECTED", true, "baselines/x.json", new RegressionDetails { Benchmarks = [new BenchmarkVerdictDetails { FullName = "N.T.M", Verdict = "REGRESSION", AllocationVerdict = "NO_CHANGE", Reason = "30% slower", Ratio = 1.3 }] }),
            RegressionExitCode = 1,
        };
        var report = ReportBuilder.Build(inputs);

        Assert.Equal(2, report.Summary.ExitCode);
        Assert.Empty((await Schema()).Validate(ReportJson.Serialize(report)));
    }

    [Fact]
    public async Task The_guides_significance_delta_and_baseline_comparison_fields_satisfy_the_schema_and_a_malformed_one_does_not()
    {
        var verdict = new BenchmarkVerdictDetails
        {
            FullName = "N.T.M", Category = "discovery", Verdict = "IMPROVEMENT", AllocationVerdict = "NO_CHANGE", Reason = "20% faster", Ratio = 0.8,
            BaselineMeanNs = 100, CurrentMeanNs = 80,
            StatisticalSignificance = new StatisticalSignificance { PValue = 0.99, QValue = 0.99, IsSignificant = false, TestStatistic = 12 },
            PracticalSignificance = new PracticalSignificance { Threshold = 0.2, IsSignificant = false },
            PerformanceDelta = PerformanceDelta.Of(100, 80, 100, 80),
        };
        var inputs = ReportSamples.Inputs(includeFailure: false) with
        {
            Regression = new RegressionAnalysis("NO_REGRESSION", false, "baselines/x.json", new RegressionDetails
            {
                Status = "ANALYSIS_COMPLETE",
                Baseline = new BaselineDetails { Path = "baselines/x.json", Method = "baseline", LatestRunDate = "2026-11-20T05:00:00Z", AgeDays = 6.8 },
                Drift = new RegressionDriftDetails { SuiteShift = -0.2, SuiteFactor = 0.8 },
                Benchmarks = [verdict],
            }),
            RegressionExitCode = 0,
        };
        var json = Newtonsoft.Json.Linq.JObject.Parse(ReportJson.Serialize(ReportBuilder.Build(inputs)));
        var broken = (Newtonsoft.Json.Linq.JObject)json.DeepClone();
        ((Newtonsoft.Json.Linq.JObject)broken["regression_analysis"]!["details"]!["benchmarks"]![0]!["statistical_significance"]!).Remove("test_statistic");

        Assert.Empty((await Schema()).Validate(json.ToString()));
        Assert.NotEmpty((await Schema()).Validate(broken.ToString()));
        Assert.Equal(["discovery"], json["regression_analysis"]!["baseline_comparison"]!["improvement_areas"]!.Select(a => (string?)a));
        Assert.Equal(-20.0, (double)json["regression_analysis"]!["baseline_comparison"]!["performance_delta_percentage"]!, 9);
    }

    private static RegressionAnalysis Incomparable() => new("NO_VERDICT", false, "baselines/linux-x64-2core-fp-default.json", new RegressionDetails
    {
        ExitCode = 3,
        Baseline = new BaselineDetails { Path = "baselines/linux-x64-2core-fp-default.json", Fingerprint = "fp", JobKey = "6467d76f20ed2b54", Comparable = false, IncomparableReason = "job differs: profile default -> smoke", Method = "informational" },
        Benchmarks = [new BenchmarkVerdictDetails { FullName = "N.T.M", Verdict = "INCOMPARABLE", AllocationVerdict = "INCOMPARABLE", Ratio = 1.8, Informational = true, Reason = "informational (incomparable baseline: job differs: profile default -> smoke)" }],
    });

    [Fact]
    public async Task The_report_carries_the_job_its_cases_and_runtime_settings_give_and_reads_it_back()
    {
        var runtime = new FlyRigLoader.Gate.Core.Jobs.RuntimeSnapshot(
            new Dictionary<string, string?> { ["System.GC.Server"] = "false" }, new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" }, false, "Batch");
        var report = ReportBuilder.Build(ReportSamples.Inputs(includeFailure: false) with { Runtime = runtime });
        var json = ReportJson.Serialize(report);

        Assert.Empty((await Schema()).Validate(json));
        var job = Assert.IsType<FlyRigLoader.Gate.Core.Jobs.JobIdentity>(report.Job);
        Assert.Equal("smoke", job.Profile);
        Assert.Equal("InvocationCount=1024, IterationCount=5, LaunchCount=1, UnrollFactor=16, WarmupCount=1", job.BdnJob);
        Assert.Equal(1, job.Launches);
        Assert.Equal("0", job.Runtime["TieredPGO"]);
        Assert.Contains($"\"key\": \"{job.Key}\"", json, StringComparison.Ordinal);
        using var dir = new TempDirectory();
        Assert.Equal(job, BenchmarkReportReader.Read(dir.Write("benchmark-report-x.json", json)).Job);
        Assert.DoesNotContain("profile=", report.Environment.FingerprintCanonical, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_without_a_verdict_exits_3_and_says_so_with_the_reason_on_every_text_output()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs(includeFailure: false) with { Regression = Incomparable(), RegressionExitCode = 3 });

        Assert.Equal(3, report.Summary.ExitCode);
        Assert.Empty((await Schema()).Validate(ReportJson.Serialize(report)));
        var markdown = MarkdownSummaryWriter.Render(report);
        Assert.Contains("- **Regression Status**: NO_VERDICT", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Baseline**: baselines/linux-x64-2core-fp-default.json is INCOMPARABLE (job differs: profile default -> smoke); no verdict from it", markdown, StringComparison.Ordinal);
        Assert.Contains("- **No verdict**: no verdict: 1 benchmark(s) INCOMPARABLE (baseline baselines/linux-x64-2core-fp-default.json: job differs: profile default -> smoke): N.T.M (exit 3;", markdown, StringComparison.Ordinal);
        var console = ConsoleSummary.Render(report, "r.json", plain: true);
        Assert.Contains("Exit code: 3 (no verdict: INCOMPARABLE or INCONCLUSIVE; --accept-no-verdict accepts it)", console, StringComparison.Ordinal);
        Assert.Contains("  Baseline: baselines/linux-x64-2core-fp-default.json is INCOMPARABLE (job differs: profile default -> smoke)", console, StringComparison.Ordinal);
        Assert.Contains(CiAnnotations.Render(report), l => l.StartsWith("::error title=No verdict::no verdict: 1 benchmark(s) INCOMPARABLE", StringComparison.Ordinal));
    }

    [Fact]
    public void An_accepted_run_without_a_verdict_exits_0_and_warns_instead()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs(includeFailure: false) with { Regression = Incomparable(), RegressionExitCode = 0, AcceptNoVerdict = true });

        Assert.Equal(0, report.Summary.ExitCode);
        Assert.Contains(CiAnnotations.Render(report), l => l.StartsWith("::warning title=No verdict (accepted)::", StringComparison.Ordinal));
        Assert.Contains("  warning: no verdict: 1 benchmark(s) INCOMPARABLE", ConsoleSummary.Render(report, "r.json", plain: true), StringComparison.Ordinal);
        Assert.Contains("(accepted: --accept-no-verdict)", MarkdownSummaryWriter.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_rejects_a_report_without_environment()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(ReportJson.Serialize(ReportBuilder.Build(ReportSamples.Inputs())));
        json.Remove("environment");
        Assert.NotEmpty((await Schema()).Validate(json.ToString()));
    }

    [Theory]
    [InlineData("{ nope", "not a valid benchmark report")]
    [InlineData("{\"schema_version\": 2}", "schema_version 2 is not supported")]
    [InlineData("{\"schema_version\": 1}", "lacks run_id")]
    public void Reader_rejects_bad_reports(string json, string expected)
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<GateInputException>(() => BenchmarkReportReader.Read(dir.Write("r.json", json)));
        Assert.Contains(expected, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_seed_columns_and_one_row_per_case()
    {
        var csv = CsvSummaryWriter.Render(ReportBuilder.Build(ReportSamples.Inputs())).TrimEnd('\n').Split('\n');

        // The seed's nine columns come first and in its order; ours follow.
        Assert.StartsWith("Benchmark Name,Category,Mean Time (s),SLA Threshold (s),Status,Confidence Interval Lower,Confidence Interval Upper,Memory Peak (MB),Regression Status,", csv[0], StringComparison.Ordinal);
        Assert.Equal(string.Join(',', CsvSummaryWriter.Columns), csv[0]);
        Assert.Equal(5, csv.Length);
        Assert.Contains(csv, l => l.StartsWith("FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.Throws,config,,,FAILED,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 4),data_loading,", StringComparison.Ordinal) && l.Contains(",0.04,PASS,", StringComparison.Ordinal));
        Assert.All(csv, l => Assert.Equal(CsvSummaryWriter.Columns.Count, l.Split(',').Length));
        // Not judged: every row says so, in the seed's column and in ours.
        Assert.All(csv.Skip(1), l => Assert.EndsWith(",NOT_COMPARED,NOT_COMPARED", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_sla_table_gives_each_case_its_tightest_margin()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        var rows = MarkdownSummaryWriter.Render(report).Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();

        Assert.Equal("| Category | Benchmark | Status | Mean | 95% CI | SLA | Margin | Launch spread |", rows[0]);
        var entry = report.AllEntries().First(e => e.FullName.EndsWith("LoadPickle(SizeMb: 4)", StringComparison.Ordinal));
        var verdict = Assert.Single(entry.SlaValidation);
        var expected = (1 - (verdict.Observed!.Value / verdict.Allowed!.Value)) * 100;
        var row = rows.Single(r => r.Contains("LoadPickle(SizeMb: 4)", StringComparison.Ordinal));
        Assert.Contains($"| {expected.ToString("+0;-0", CultureInfo.InvariantCulture)}% |", row, StringComparison.Ordinal);
        Assert.EndsWith("| - | - |", rows.Single(r => r.Contains("ConfigLoadBenchmarks.Throws", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Console_block_has_environment_marks_and_report_path()
    {
        var text = ConsoleSummary.Render(ReportBuilder.Build(ReportSamples.Inputs()), "artifacts/reports/r.json", plain: false);

        Assert.StartsWith("FlyRigLoader Performance Benchmark Suite\n", text, StringComparison.Ordinal);
        Assert.Contains("Environment Analysis:", text, StringComparison.Ordinal);
        Assert.Contains("✓ FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 1)", text, StringComparison.Ordinal);
        Assert.Contains("✗ FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.Throws", text, StringComparison.Ordinal);
        Assert.Contains("Statistical Analysis:", text, StringComparison.Ordinal);
        Assert.Contains("Benchmark Results: artifacts/reports/r.json", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ci_annotations_flag_failures()
    {
        var lines = CiAnnotations.Render(ReportBuilder.Build(ReportSamples.Inputs()));
        Assert.Contains(lines, l => l.StartsWith("::error title=Benchmark failed::FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.Throws", StringComparison.Ordinal));
        Assert.Equal("a%25b%0Ac", CiAnnotations.Escape("a%b\nc"));
    }
}
