using System.Globalization;
using System.Text;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Reports.Seed;
using FlyRigLoader.Gate.TestKit;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace FlyRigLoader.Gate.Tests.Reports.Seed;

public sealed class SeedReportWriterTests
{
    private const string LoadPickle4 = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 4)";

    private static readonly BenchmarkReport Report = ReportBuilder.Build(ReportSamples.Inputs());

    private static async Task<JsonSchema> Schema() =>
        await JsonSchema.FromFileAsync(Path.Combine(RepoRoot.Path, "schemas", "seed-benchmark-report.schema.json"));

    private static JObject Seed(BenchmarkReport? report = null) =>
        JObject.Parse(SeedReportWriter.Render(report ?? Report, $"/x/benchmark-report-{(report ?? Report).RunId}.json"));

    [Fact]
    public async Task The_seed_report_satisfies_its_schema()
    {
        var json = SeedReportWriter.Render(Report, "artifacts/reports/benchmark-report-20240117T143022Z-0123456.json");

        Assert.Empty((await Schema()).Validate(json));
        Assert.Equal("benchmark-report-20240117T143022Z-0123456.json", (string?)JObject.Parse(json)["source_report"]);
    }

    [Fact]
    public void Times_statistics_and_interval_are_the_gate_report_values_in_seconds()
    {
        var gate = Report.BenchmarkResults["data-loading"][LoadPickle4];
        var seed = Seed()["benchmark_results"]!["data_loading"]![LoadPickle4]!;
        var stats = seed["statistics"]!;

        Assert.Equal(gate.ExecutionTimes.Select(ns => ns / 1e9), seed["execution_times"]!.Select(t => (double)t));
        Assert.Equal(gate.Statistics!.Mean / 1e9, (double)stats["mean"]!, 15);
        Assert.Equal(gate.Statistics.Median / 1e9, (double)stats["median"]!, 15);
        Assert.Equal(gate.Statistics.StdDev / 1e9, (double)stats["std_dev"]!, 15);
        Assert.Equal(gate.Statistics.Min / 1e9, (double)stats["min"]!, 15);
        Assert.Equal(gate.Statistics.Max / 1e9, (double)stats["max"]!, 15);
        Assert.Equal([gate.Statistics.StudentT!.Lower / 1e9, gate.Statistics.StudentT.Upper / 1e9], stats["confidence_interval_95"]!.Select(t => (double)t));
    }

    [Fact]
    public void The_sla_object_is_the_scaled_time_limit_in_seconds_with_its_status_and_margin()
    {
        var gate = Assert.Single(Report.BenchmarkResults["data-loading"][LoadPickle4].SlaValidation);
        var sla = Seed()["benchmark_results"]!["data_loading"]![LoadPickle4]!["sla_validation"]!;

        // TST-PERF-001: 1 s per 100 MB, so 0.04 s at 4 MB.
        Assert.Equal(0.04, (double)sla["threshold"]!, 12);
        Assert.Equal("PASS", (string?)sla["status"]);
        Assert.Equal(0.04 - gate.Observed!.Value, (double)sla["margin"]!, 12);
        Assert.Equal("TST-PERF-001", (string?)sla["sla_id"]);
    }

    [Fact]
    public void Environment_has_the_guides_storage_type_and_performance_tier()
    {
        var storage = Seed()["environment"]!["storage"]!;

        Assert.Equal(Report.Environment.Info.StorageType, (string?)storage["type"]);
        Assert.Equal(Report.Environment.Info.StoragePerformanceTier, (string?)storage["performance_tier"]);
    }

    [Fact]
    public void The_sla_object_has_the_guides_margin_threshold_minus_mean_beside_ours()
    {
        var entry = Report.BenchmarkResults["data-loading"][LoadPickle4];
        var sla = Seed()["benchmark_results"]!["data_loading"]![LoadPickle4]!["sla_validation"]!;

        Assert.Equal(0.04 - (entry.Statistics!.Mean / 1e9), (double)sla["guide_margin"]!, 12);
        Assert.True((double)sla["guide_margin"]! > (double)sla["margin"]!);
    }

    [Fact]
    public void Normalization_follows_the_seeds_formula_with_the_seeds_factor()
    {
        var gate = Report.BenchmarkResults["data-loading"][LoadPickle4].Normalization!;
        var norm = Seed()["benchmark_results"]!["data_loading"]![LoadPickle4]!["normalization"]!;
        var factor = Report.Environment.SeedNormalizationFactors.Overall;

        Assert.Equal(factor, (double)norm["factor_applied"]!);
        Assert.Equal(gate.RawMeanNs / 1e9, (double)norm["raw_mean"]!, 15);
        Assert.Equal((double)norm["raw_mean"]! / factor, (double)norm["normalized_mean"]!, 15);
        Assert.Equal(gate.NormalizedMeanNs / 1e9, (double)norm["calibrated_mean"]!, 15);
    }

    [Fact]
    public void A_failed_case_has_no_statistics_and_a_case_without_a_time_sla_says_so()
    {
        var failed = Seed()["benchmark_results"]!["config"]!["FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.Throws"]!;

        Assert.Equal(JTokenType.Null, failed["statistics"]!.Type);
        Assert.Empty(failed["execution_times"]!);
        Assert.False((bool)failed["success"]!);
        Assert.Equal("NO_SLA", (string?)failed["sla_validation"]!["status"]);
        Assert.Equal(JTokenType.Null, failed["sla_validation"]!["threshold"]!.Type);
    }

    [Fact]
    public void A_script_written_for_the_seeds_format_reads_it_unchanged()
    {
        // The seed's own step-summary code (benchmark-suite.md, _generate_markdown_summary), line for line.
        var results = Seed();
        var markdown = new StringBuilder();
        foreach (var (category, tests) in (JObject)results["benchmark_results"]!)
        {
            foreach (var (testName, result) in (JObject)tests!)
            {
                if ((string?)result!["sla_validation"]!["status"] != "PASS")
                {
                    continue; // the seed had no case without data; its format cannot print one
                }

                var emoji = (string?)result["sla_validation"]!["status"] == "PASS" ? "✅" : "❌";
                markdown.Append(CultureInfo.InvariantCulture,
                    $"| {category} | {testName} | {emoji} {result["sla_validation"]!["status"]} | {(double)result["statistics"]!["mean"]!:0.000} | {(double)result["sla_validation"]!["threshold"]!:0.0} | {(double)result["sla_validation"]!["margin"]!:0.000} |\n");
            }
        }

        Assert.Contains($"| data_loading | {LoadPickle4} | ✅ PASS | 0.0", markdown.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, markdown.ToString().Count(c => c == '\n'));
    }

    [Fact]
    public async Task The_schema_refuses_nanoseconds_and_the_gates_interval_objects()
    {
        var schema = await Schema();
        var units = Seed();
        units["units"]!["time"] = "ns";
        var interval = Seed();
        interval["benchmark_results"]!["data_loading"]![LoadPickle4]!["statistics"]!["confidence_interval_95"] = JObject.FromObject(new { lower = 1, upper = 2 });
        var missing = Seed();
        ((JObject)missing["benchmark_results"]!["data_loading"]![LoadPickle4]!).Remove("statistics");

        Assert.NotEmpty(schema.Validate(units.ToString()));
        Assert.NotEmpty(schema.Validate(interval.ToString()));
        Assert.NotEmpty(schema.Validate(missing.ToString()));
    }

    [Fact]
    public async Task The_baseline_comparison_has_the_guides_date_age_delta_and_improvement_areas_in_the_seeds_spelling()
    {
        var judged = Report with
        {
            RegressionAnalysis = new FlyRigLoader.Gate.Reports.RegressionAnalysis("NO_REGRESSION", false, "baselines/x.json", new RegressionDetails
            {
                Baseline = new BaselineDetails { Path = "baselines/x.json", LatestRunDate = "2024-01-10T10:15:30Z", AgeDays = 7 },
                Drift = new RegressionDriftDetails { SuiteShift = -0.023, SuiteFactor = 0.977 },
                Benchmarks = [new BenchmarkVerdictDetails { FullName = LoadPickle4, Category = "data-loading", Verdict = "IMPROVEMENT", GuideVerdict = "NO_REGRESSION" }],
            }),
        };

        var json = SeedReportWriter.Render(judged, $"/x/benchmark-report-{judged.RunId}.json");
        var comparison = JObject.Load(new Newtonsoft.Json.JsonTextReader(new StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None })["regression_analysis"]!["baseline_comparison"]!;

        Assert.Empty((await Schema()).Validate(json));
        Assert.Equal("2024-01-10T10:15:30Z", (string?)comparison["baseline_date"]);
        Assert.Equal(7, (double)comparison["baseline_age_days"]!);
        Assert.False((bool)comparison["regression_detected"]!);
        Assert.Equal(-2.3, (double)comparison["performance_delta_percentage"]!, 12);
        Assert.Equal(["data_loading"], comparison["improvement_areas"]!.Select(a => (string?)a));
        Assert.Equal("NO_REGRESSION", (string?)comparison["status"]);
    }

    [Fact]
    public void A_case_of_a_fitted_family_has_the_seeds_scaling_analysis_per_unit_of_its_size()
    {
        var gate = Report.BenchmarkResults["data-loading"][LoadPickle4];
        var scaling = Seed()["benchmark_results"]!["data_loading"]![LoadPickle4]!["scaling_analysis"]!;

        Assert.NotNull(gate.ScalingAnalysis);
        Assert.Equal(gate.ScalingAnalysis!.Complexity, (string?)scaling["complexity_validation"]);
        Assert.Equal("SizeMb", (string?)scaling["parameter"]);
        Assert.Equal(4, (double)scaling["size"]!);
        Assert.Equal(gate.Statistics!.Mean / 4 / 1e6, (double)scaling["time_per_unit_ms"]!, 12);
        Assert.Equal(JTokenType.Null, scaling["files_processed"]!.Type);
        Assert.Equal(JTokenType.Null, Seed()["benchmark_results"]!["config"]!["FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.Throws"]!["scaling_analysis"]!.Type);
    }

    [Fact]
    public void A_discovery_case_has_the_files_it_processed_and_its_time_per_file()
    {
        var gate = Report.BenchmarkResults["data-loading"][LoadPickle4];
        var discovery = gate with
        {
            Parameters = "FileCount=10000",
            Statistics = gate.Statistics! with { Mean = 3.217e9 },
            ScalingAnalysis = gate.ScalingAnalysis! with { Parameter = "FileCount", Complexity = "O(n) - linear scaling confirmed (exponent 1.01)" },
        };

        var scaling = JObject.Parse(ReportJson.Serialize(SeedEntry.Of(discovery, 1.0)))["scaling_analysis"]!;

        Assert.Equal(10000, (double)scaling["files_processed"]!);
        Assert.Equal(0.3217, (double)scaling["time_per_file_ms"]!, 12);
        Assert.Equal("O(n) - linear scaling confirmed (exponent 1.01)", (string?)scaling["complexity_validation"]);
    }

    [Fact]
    public void The_seed_file_is_never_taken_for_a_gate_report()
    {
        using var dir = new TempDirectory();
        var paths = new BuildPaths(dir.Path);
        var gate = dir.Write(Path.Combine("artifacts", "reports", $"benchmark-report-{Report.RunId}.json"), ReportJson.Serialize(Report));
        var seed = dir.Write(Path.Combine("artifacts", "reports", SeedReportWriter.FileName(Report.RunId)), SeedReportWriter.Render(Report, gate));
        File.SetLastWriteTimeUtc(gate, DateTime.UtcNow.AddMinutes(-1));

        Assert.Equal(gate, CurrentRuns.LatestRunReport(null, paths));
        Assert.DoesNotMatch(@"^benchmark-report-", Path.GetFileName(seed));
    }
}
