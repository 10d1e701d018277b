using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

/// <summary>The opt-in suite-relative normalization (<c>suite_normalization</c>) and its guard against a change that slows everything.</summary>
public sealed class SuiteNormalizationTests
{
    private static readonly string[] Names = ["A", "B", "C", "D", "E", "F", "G", "H"];

    private static readonly GateConfig Loo = new() { BootstrapResamples = 0, SuiteNormalization = SuiteNormalization.LeaveOneOut };

    /// <summary>
    /// K baseline runs in which the whole machine swings by up to ±30 % from run to run (common-mode noise) while each
    /// benchmark's level relative to the others is steady to ~1 %.
    /// </summary>
    private static List<BenchmarkHistory> SwingingHistory(int runs = 5)
    {
        double[] machine = [1.0, 1.3, 0.8, 1.15, 0.9];
        return Names.Select((n, i) => new BenchmarkHistory(
            n, "cat",
            Enumerable.Range(0, runs).Select(r => (IReadOnlyList<double>)Synthetic.Samples(1e5 * (i + 1), (i * 31) + r, machine[r % machine.Length] * (1 + (0.01 * ((r + i) % 3))))).ToList(),
            Enumerable.Range(0, runs).Select(_ => (double?)1000).ToList())).ToList();
    }

    private static List<MeasuredBenchmark> Current(double machine, string? slowed = null, double factor = 1.0) =>
        Names.Select((n, i) => new MeasuredBenchmark(n, "cat", Synthetic.Samples(1e5 * (i + 1), 500 + i, machine * (n == slowed ? factor : 1.0) * (1 + (0.01 * (i % 3)))), 1000)).ToList();

    private static RegressionAnalysis Analyze(IReadOnlyList<MeasuredBenchmark> current, GateConfig config, double currentCal = 1e6, bool fingerprintMatches = true) =>
        RegressionAnalyzer.Analyze(new ComparisonInput(SwingingHistory(), current, 1e6, currentCal, fingerprintMatches), config);

    [Fact]
    public void Leave_one_out_factor_is_the_median_of_the_other_benchmarks()
    {
        var logs = new Dictionary<string, double> { ["A"] = Math.Log(2.0), ["B"] = Math.Log(1.1), ["C"] = Math.Log(1.2), ["D"] = Math.Log(1.3) };

        var loo = SuiteNormalizer.Factors(logs, SuiteNormalization.LeaveOneOut, 4);
        var all = SuiteNormalizer.Factors(logs, SuiteNormalization.SuiteMedian, 4);

        Assert.Equal(1.2, loo["A"], 9);
        Assert.Equal(1.3, loo["B"], 9);
        Assert.Equal(Math.Sqrt(1.2 * 1.3), all["A"], 9);
        Assert.Equal(all["A"], all["D"], 12);
    }

    [Fact]
    public void Too_few_benchmarks_give_no_factor()
    {
        var logs = new Dictionary<string, double> { ["A"] = 0.5, ["B"] = 0.4, ["C"] = 0.3 };

        Assert.All(SuiteNormalizer.Factors(logs, SuiteNormalization.LeaveOneOut, 4).Values, f => Assert.Equal(1.0, f));
        Assert.All(SuiteNormalizer.Factors(logs, SuiteNormalization.SuiteMedian, 4).Values, f => Assert.Equal(1.0, f));
    }

    [Fact]
    public void A_common_mode_slowdown_is_no_regression_and_the_drift_note_says_so()
    {
        var a = Analyze(Current(1.4), Loo);

        Assert.False(a.HasRegression);
        Assert.True(a.Drift.SuiteWideShift);
        Assert.Equal("leave-one-out", a.Drift.Normalization);
        Assert.InRange(a.Drift.SuiteFactor, 1.3, 1.5);
        Assert.Contains("suite-relative times", a.Drift.Note, StringComparison.Ordinal);
        Assert.Contains("--against", a.Drift.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void One_benchmark_slowed_25_percent_on_top_of_a_common_mode_slowdown_is_the_only_regression()
    {
        var a = Analyze(Current(1.4, "C", 1.25), Loo);

        var regression = Assert.Single(a.Comparisons, c => c.Verdict == TimeVerdict.Regression);
        Assert.Equal("C", regression.FullName);
        Assert.InRange(regression.Ratio!.Value, 1.2, 1.3);
        Assert.InRange(regression.SuiteFactor!.Value, 1.3, 1.5);
    }

    [Fact]
    public void The_calibration_rule_cannot_see_that_slowdown_through_the_same_noise()
    {
        // Same data, default rule: the swinging baseline makes the between-run band far wider than 25 %.
        var a = Analyze(Current(1.4, "C", 1.25), new GateConfig { BootstrapResamples = 0 });

        Assert.False(a.HasRegression);
    }

    [Theory]
    [InlineData(1e6)]
    [InlineData(1.3e6)]
    public void A_change_that_slows_everything_30_percent_is_at_least_suspected_everywhere(double currentCalibration)
    {
        // Whether or not the (noisy) calibration happens to move too: normalization alone would call this NO_CHANGE.
        var a = Analyze(Current(1.3), Loo, currentCalibration);

        Assert.False(a.HasRegression);
        Assert.All(a.Comparisons, c => Assert.Equal(TimeVerdict.Suspected, c.Verdict));
        Assert.All(a.Comparisons, c => Assert.Contains("slower as measured", c.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_steady_suite_gets_no_suite_wide_note_and_no_verdict_change()
    {
        var a = Analyze(Current(1.0), Loo);

        Assert.False(a.Drift.SuiteWideShift);
        Assert.All(a.Comparisons, c => Assert.Equal(TimeVerdict.NoChange, c.Verdict));
    }

    [Fact]
    public void A_foreign_baseline_or_a_tiny_suite_keeps_the_calibration_rule()
    {
        var foreign = Analyze(Current(1.4), Loo, fingerprintMatches: false);
        var tiny = RegressionAnalyzer.Analyze(
            new ComparisonInput(SwingingHistory().Take(3).ToList(), Current(1.0).Take(3).ToList(), 1e6, 1e6, true), Loo);

        Assert.Equal("calibration", foreign.Drift.Normalization);
        Assert.Contains("another environment", foreign.Drift.Note, StringComparison.Ordinal);
        Assert.Equal("calibration", tiny.Drift.Normalization);
    }

    [Fact]
    public void The_reports_state_the_normalization_and_the_suite_factor()
    {
        var a = Analyze(Current(1.4, "C", 1.25), Loo);
        var info = new BaselineInfo("b.json", "fp", "fp", true, 5, null, null, false);

        var markdown = RegressionReport.Markdown(a, info, [], []);
        var json = RegressionReport.AnalysisJson("run", a, Loo, [], []);

        Assert.Contains("- Normalization: leave-one-out; suite factor 1.4", markdown, StringComparison.Ordinal);
        Assert.Contains("- Resolution (the smallest slowdowns this comparison could call, from its bands and thresholds): a REGRESSION needs +", markdown, StringComparison.Ordinal);
        Assert.Equal(a.Comparisons.Count(x => x.Resolution is not null), (int)json["resolution"]!["benchmarks"]!);
        Assert.Equal(a.Comparisons.Count(x => x.Resolution?.Regression <= 0.25), (int)json["resolution"]!["regression_at25"]!);
        Assert.Equal("leave-one-out", (string?)json["drift"]!["normalization"]);
        Assert.Equal("leave-one-out", (string?)json["config"]!["suite_normalization"]);
        Assert.InRange((double)json["drift"]!["suite_factor"]!, 1.3, 1.5);
        var c = json["benchmarks"]!.Single(b => (string?)b["full_name"] == "C");
        Assert.InRange((double)c["raw_ratio"]!, 1.6, 1.9);
        Assert.InRange((double)c["suite_factor"]!, 1.3, 1.5);
    }

    [Fact]
    public void The_typed_details_keep_the_file_format_and_survive_the_report_round_trip()
    {
        var a = Analyze(Current(1.4, "C", 1.25), Loo);

        var json = RegressionReport.AnalysisJson("run", a, Loo, [], ["a note"]);
        var details = RegressionReport.Details("run", a, Loo, [], ["a note"]);
        var back = Newtonsoft.Json.JsonConvert.DeserializeObject<FlyRigLoader.Gate.Reports.RegressionDetails>(ReportJson.Serialize(details), ReportJson.Settings)!;

        Assert.Equal(["schema_version", "run_id", "exit_code", "guide_status", "rule", "baseline", "config", "drift", "notes", "summary", "resolution", "benchmarks", "sla", "history", "status"], json.Properties().Select(p => p.Name));
        Assert.Equal(
            ["full_name", "category", "verdict", "allocation_verdict", "guide_verdict", "ratio", "raw_ratio", "suite_factor", "ratio_ci", "p_value", "q_value", "welch_p_value", "fail_band",
             "detectable_regression", "detectable_suspected", "baseline_median_ns", "current_median_ns", "baseline_samples", "current_samples", "baseline_runs", "baseline_allocated_bytes", "current_allocated_bytes", "reason",
             "current_processes", "current_launch_sd", "fastest_launch_ratio", "fastest_launch_band", "fastest_launch_slow_mode_runs", "informational", "baseline_mean_ns", "current_mean_ns", "statistical_significance", "practical_significance", "performance_delta"],
            ((Newtonsoft.Json.Linq.JObject)json["benchmarks"]![0]!).Properties().Select(p => p.Name));
        Assert.Equal(["suite_shift", "calibration_ratio", "applied_factor", "normalized", "capped_at_suspected", "note", "normalization", "suite_factor", "suite_wide_shift", "improvements_capped"],
            ((Newtonsoft.Json.Linq.JObject)json["drift"]!).Properties().Select(p => p.Name));
        Assert.Equal(details.Benchmarks.Select(b => (b.FullName, b.Verdict, b.Ratio, b.PValue)), back.Benchmarks.Select(b => (b.FullName, b.Verdict, b.Ratio, b.PValue)));
        Assert.Equal(details.Summary, back.Summary);
        Assert.Equal("ANALYSIS_COMPLETE", (string?)json["status"]);
        Assert.Equal(details.Benchmarks.Select(b => (b.StatisticalSignificance, b.PracticalSignificance, b.PerformanceDelta)), back.Benchmarks.Select(b => (b.StatisticalSignificance, b.PracticalSignificance, b.PerformanceDelta)));
        Assert.Equal(["p_value", "is_significant", "test_statistic", "q_value"], ((Newtonsoft.Json.Linq.JObject)json["benchmarks"]![0]!["statistical_significance"]!).Properties().Select(p => p.Name));
        Assert.Equal(["mean_delta", "median_delta", "mean_delta_percentage", "median_delta_percentage", "unit"], ((Newtonsoft.Json.Linq.JObject)json["benchmarks"]![0]!["performance_delta"]!).Properties().Select(p => p.Name));
        Assert.Equal(Loo.FailThreshold, back.Config.FailThreshold);
        Assert.Equal("leave-one-out", back.Drift!.Normalization);
    }

    [Fact]
    public void The_config_file_names_the_normalization()
    {
        Assert.Equal(SuiteNormalization.LeaveOneOut, GateConfigLoader.Parse("""{ "suite_normalization": "leave-one-out" }""", "t").SuiteNormalization);
        Assert.Equal(SuiteNormalization.SuiteMedian, GateConfigLoader.Parse("""{ "suite_normalization": "suite-median", "$comment_suite_normalization": "why" }""", "t").SuiteNormalization);
        Assert.Equal(SuiteNormalization.Calibration, GateConfigLoader.Parse("{}", "t").SuiteNormalization);
        var e = Assert.Throws<GateInputException>(() => GateConfigLoader.Parse("""{ "suite_normalization": "mean" }""", "cfg.json"));
        Assert.Contains("cfg.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("leave-one-out", e.Message, StringComparison.Ordinal);
    }
}
