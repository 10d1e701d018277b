using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Sla;

public sealed class SlaEvaluatorTests
{
    private static readonly SlaDefinition LoadSla = new("TST-PERF-001", "Pickle load < 1 s per 100 MB", "time", 1.0, "s", new SlaScale("SizeMb", 100), ["FlyRigLoader.Benchmarks.DataLoading.*Load*"]);

    private static readonly SlaDefinition MemSla = new("CONFIG-MEM-LARGE", "Large config < 10 MB", "allocated", 10, "MB", null, ["FlyRigLoader.Benchmarks.Config.*"]);

    private static BenchmarkResult Load(int sizeMb, double[] samplesNs, bool success = true) =>
        new($"FlyRigLoader.Benchmarks.DataLoading.PickleBenchmarks.LoadPickle(SizeMb: {sizeMb})", "PickleBenchmarks", "LoadPickle", $"SizeMb={sizeMb}", "data-loading",
            samplesNs, 1000, success, success ? null : "boom");

    private static (BenchmarkResult, SampleSummary?) Case(BenchmarkResult r) => (r, r.Success ? SampleStatistics.Summarize(r.SamplesNs) : null);

    [Fact]
    public void Time_passes_when_ci_upper_is_within_five_percent_tolerance()
    {
        // 100 MB allows 1 s; mean 0.99 s < 1 s and t upper bound 0.99 + 4.303 x 0.02 / sqrt(3) = 1.0397 <= 1.05.
        double[] samples = [0.97e9, 0.99e9, 1.01e9];
        var v = SlaEvaluator.EvaluateOne(LoadSla, Load(100, samples), SampleStatistics.Summarize(samples), null);

        Assert.Equal(SlaStatus.Pass, v.Status);
        Assert.Equal(1.0, v.Allowed!.Value, 12);
        Assert.Equal(1.05, v.Limit!.Value, 12);
        Assert.Equal(1.0397, v.Observed!.Value, 4);
        Assert.Equal(-0.0397, v.Margin!.Value, 4);
    }

    [Fact]
    public void Time_is_judged_on_the_interval_the_config_chose_and_says_which()
    {
        // Mean 0.99 s: the 95 % t bound is 1.0397 s (pass); at 99 % it is 0.99 + 9.925 x 0.02 / sqrt(3) = 1.1046 s (fail).
        double[] samples = [0.97e9, 0.99e9, 1.01e9];

        var strict = SlaEvaluator.EvaluateOne(LoadSla, Load(100, samples), SampleStatistics.Summarize(samples, new IntervalSettings(0.99, IntervalMethod.StudentT)), null);
        var bootstrap = SlaEvaluator.EvaluateOne(LoadSla, Load(100, samples), SampleStatistics.Summarize(samples, new IntervalSettings(0.95, IntervalMethod.Bootstrap)), null);

        Assert.Equal(SlaStatus.Fail, strict.Status);
        Assert.Equal(1.1046, strict.Observed!.Value, 4);
        Assert.StartsWith("99% CI upper bound 1.105 s > limit 1.05 s", strict.Detail, StringComparison.Ordinal);
        Assert.Equal(SlaStatus.Pass, bootstrap.Status);
        Assert.StartsWith("95% bootstrap CI upper bound", bootstrap.Detail, StringComparison.Ordinal);
        Assert.True(bootstrap.Observed <= 1.01);
    }

    [Fact]
    public void Time_fails_when_the_mean_is_over_the_threshold_though_the_upper_bound_is_within_tolerance()
    {
        // The suite guide's assertion mean < threshold: constant 1.04 s has upper bound 1.04 <= 1.05 but mean 1.04 >= 1.
        var v = SlaEvaluator.EvaluateOne(LoadSla, Load(100, [1.04e9, 1.04e9, 1.04e9]), SampleStatistics.Summarize([1.04e9, 1.04e9, 1.04e9]), null);

        Assert.Equal(SlaStatus.Fail, v.Status);
        Assert.Equal(1.04, v.Observed!.Value, 9);
        Assert.Contains("<= limit 1.05", v.Detail, StringComparison.Ordinal);
        Assert.Contains("mean 1.04 s >= threshold 1 s", v.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_normalized_sla_needs_the_normalized_mean_under_the_threshold()
    {
        var crossPlatform = new SlaDefinition("TST-PERF-001-XP", "100 MB < 1.2 s normalized", "time", 1.2, "s", null, ["FlyRigLoader.Benchmarks.DataLoading.*Load*"], Normalized: true);
        double[] samples = [0.62e9, 0.62e9];

        // 0.62 s x 2 = 1.24 s: within 1.2 x 1.05 = 1.26, but the normalized mean is not below 1.2.
        var v = SlaEvaluator.EvaluateOne(crossPlatform, Load(100, samples), SampleStatistics.Summarize(samples), 2.0);

        Assert.Equal(SlaStatus.Fail, v.Status);
        Assert.Equal(1.2 - 1.24, v.GuideMargin!.Value, 9);
        Assert.Contains("normalized mean 1.24 s >= threshold 1.2 s", v.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Guide_margin_is_the_allowed_time_minus_the_mean_beside_the_margin_from_the_upper_bound()
    {
        double[] samples = [0.97e9, 0.99e9, 1.01e9];
        var v = SlaEvaluator.EvaluateOne(LoadSla, Load(100, samples), SampleStatistics.Summarize(samples), null);

        Assert.Equal(0.01, v.GuideMargin!.Value, 9);
        Assert.Equal(1.0 - v.Observed!.Value, v.Margin!.Value, 12);
    }

    [Fact]
    public void Guide_margin_of_an_allocation_sla_is_the_threshold_minus_the_allocation()
    {
        var result = new BenchmarkResult("FlyRigLoader.Benchmarks.Config.LargeConfigBenchmarks.LoadLargeFromModel", "LargeConfigBenchmarks", "LoadLargeFromModel", "", "config",
            [1e6, 1e6], 4 * 1024 * 1024, true, null);
        var v = SlaEvaluator.EvaluateOne(MemSla, result, SampleStatistics.Summarize([1e6, 1e6]), null);

        Assert.Equal(SlaStatus.Pass, v.Status);
        Assert.Equal(6, v.GuideMargin!.Value, 9);
        Assert.Null(SlaEvaluator.EvaluateOne(LoadSla, Load(100, [1e9], success: false), null, null).GuideMargin);
    }

    [Fact]
    public void Time_fails_just_above_tolerance()
    {
        var v = SlaEvaluator.EvaluateOne(LoadSla, Load(100, [1.06e9, 1.06e9]), SampleStatistics.Summarize([1.06e9, 1.06e9]), null);
        Assert.Equal(SlaStatus.Fail, v.Status);
        Assert.Contains("> limit", v.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_uses_the_upper_bound_not_the_mean()
    {
        // Mean 0.95 s is fine, but with this spread the t upper bound exceeds 1.05 s.
        double[] samples = [0.7e9, 1.2e9, 0.8e9, 1.1e9];
        var v = SlaEvaluator.EvaluateOne(LoadSla, Load(100, samples), SampleStatistics.Summarize(samples), null);
        Assert.Equal(SlaStatus.Fail, v.Status);
    }

    [Fact]
    public void Scale_multiplies_threshold_by_parameter_over_per()
    {
        // 10 MB → 0.1 s allowed.
        var v = SlaEvaluator.EvaluateOne(LoadSla, Load(10, [0.2e9, 0.2e9]), SampleStatistics.Summarize([0.2e9, 0.2e9]), null);
        Assert.Equal(0.1, v.Allowed!.Value, 12);
        Assert.Equal(SlaStatus.Fail, v.Status);
    }

    [Fact]
    public void Normalized_observation_applies_speed_ratio()
    {
        var v = SlaEvaluator.EvaluateOne(LoadSla, Load(100, [0.5e9, 0.5e9]), SampleStatistics.Summarize([0.5e9, 0.5e9]), 0.8);
        Assert.Equal(0.4, v.NormalizedObserved!.Value, 9);
    }

    [Fact]
    public void A_normalized_sla_judges_the_time_times_the_speed_factor()
    {
        var crossPlatform = new SlaDefinition("TST-PERF-001-XP", "100 MB < 1.2 s normalized", "time", 1.2, "s", null, ["FlyRigLoader.Benchmarks.DataLoading.*Load*"], Normalized: true);
        double[] samples = [0.5e9, 0.5e9];

        // 0.5 s raw on a machine twice the reference's speed is 1.0 s on the reference machine: within 1.2 x 1.05.
        var fast = SlaEvaluator.EvaluateOne(crossPlatform, Load(100, samples), SampleStatistics.Summarize(samples), 2.0);
        // The same raw time on a machine three times the reference's speed normalizes to 1.5 s: over the limit, though
        // the raw time alone would pass.
        var faster = SlaEvaluator.EvaluateOne(crossPlatform, Load(100, samples), SampleStatistics.Summarize(samples), 3.0);

        Assert.Equal(SlaStatus.Pass, fast.Status);
        Assert.Equal(1.0, fast.Observed!.Value, 9);
        Assert.Equal(1.0, fast.NormalizedObserved!.Value, 9);
        Assert.Equal(SlaStatus.Fail, faster.Status);
        Assert.Contains("normalized 95% CI upper bound (x speed factor 3.000)", faster.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_normalized_sla_without_calibration_has_no_data()
    {
        var crossPlatform = new SlaDefinition("TST-PERF-001-XP", "100 MB < 1.2 s normalized", "time", 1.2, "s", null, ["FlyRigLoader.Benchmarks.DataLoading.*Load*"], Normalized: true);
        double[] samples = [0.5e9, 0.5e9];

        var v = SlaEvaluator.EvaluateOne(crossPlatform, Load(100, samples), SampleStatistics.Summarize(samples), null);

        Assert.Equal(SlaStatus.NoData, v.Status);
        Assert.Contains("no calibration", v.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocation_compares_exact_bytes_without_tolerance()
    {
        var mb = 1024.0 * 1024;
        var at = new BenchmarkResult("FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadLarge", "ConfigLoadBenchmarks", "LoadLarge", null, "config", [1], 10 * mb, true, null);
        var over = at with { AllocatedBytesPerOp = (10 * mb) + 1 };

        Assert.Equal(SlaStatus.Pass, SlaEvaluator.EvaluateOne(MemSla, at, SampleStatistics.Summarize([1]), null).Status);
        Assert.Equal(SlaStatus.Fail, SlaEvaluator.EvaluateOne(MemSla, over, SampleStatistics.Summarize([1]), null).Status);
        Assert.Equal(SlaStatus.NoData, SlaEvaluator.EvaluateOne(MemSla, at with { AllocatedBytesPerOp = null }, SampleStatistics.Summarize([1]), null).Status);
    }

    [Fact]
    public void Failed_benchmark_or_missing_scale_parameter_is_no_data()
    {
        Assert.Equal(SlaStatus.NoData, SlaEvaluator.EvaluateOne(LoadSla, Load(100, [], success: false), null, null).Status);
        var noParam = Load(100, [1]) with { Parameters = null };
        Assert.Equal(SlaStatus.NoData, SlaEvaluator.EvaluateOne(LoadSla, noParam, SampleStatistics.Summarize([1]), null).Status);
    }

    [Fact]
    public void Evaluate_matches_globs_on_full_names()
    {
        var registry = new SlaRegistry(1, [LoadSla, MemSla]);
        var other = new BenchmarkResult("FlyRigLoader.Benchmarks.Discovery.FindBenchmarks.Find", "FindBenchmarks", "Find", null, "discovery", [1], null, true, null);

        var verdicts = SlaEvaluator.Evaluate(registry, [Case(Load(1, [1e6, 1e6])), Case(Load(2, [2e6, 2e6])), Case(other)], null);

        Assert.Equal(2, verdicts.Count);
        Assert.All(verdicts, v => Assert.Equal("TST-PERF-001", v.SlaId));
    }

    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.DataLoading.*Load*", "FlyRigLoader.Benchmarks.DataLoading.PickleBenchmarks.LoadPickle(SizeMb: 1)", true)]
    [InlineData("FlyRigLoader.Benchmarks.DataLoading.*Load*", "FlyRigLoader.Benchmarks.Discovery.LoadBenchmarks.Find", false)]
    [InlineData("A.B.C", "A.B.C", true)]
    [InlineData("A.B.C", "AxB.C", false)]
    [InlineData("A.B.C(*)", "A.B.C(N: 1)", true)]
    [InlineData("*", "anything", true)]
    public void Glob_is_literal_except_star(string glob, string name, bool expected) =>
        Assert.Equal(expected, Glob.IsMatch(glob, name));
}
