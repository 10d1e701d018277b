using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class RegressionAnalyzerTests
{
    private static readonly GateConfig Config = new() { BootstrapResamples = 200 };

    private static BenchmarkHistory History(string name, double median, int runs = 5, int n = 15, double? allocated = 1000) =>
        new(name, "cat",
            Enumerable.Range(0, runs).Select(r => (IReadOnlyList<double>)Synthetic.Samples(median, r, 1 + (0.01 * (r % 3)), n)).ToList(),
            Enumerable.Range(0, runs).Select(_ => allocated).ToList());

    private static RegressionAnalysis Analyze(IReadOnlyList<BenchmarkHistory> history, IReadOnlyList<MeasuredBenchmark> current, bool fingerprintMatches = true, double? baseCal = null, double? currentCal = null) =>
        RegressionAnalyzer.Analyze(new ComparisonInput(history, current, baseCal, currentCal, fingerprintMatches), Config);

    private static MeasuredBenchmark Now(string name, double median, double factor = 1.0, int n = 15, double? allocated = 1000) =>
        new(name, "cat", Synthetic.Samples(median, 99, factor, n), allocated);

    /// <summary>A current case measured in one launch per factor, <paramref name="n"/> iterations each, pooled as the Benchmarks pipeline pools it.</summary>
    private static MeasuredBenchmark Launched(string name, double median, double[] factors, int n = 5)
    {
        var launches = factors.Select((f, i) => Synthetic.Samples(median, 99 + i, f, n)).ToList();
        return new(name, "cat", [.. launches.SelectMany(l => l)], 1000, [.. launches.Select(l => Core.Statistics.RobustStatistics.Median(l))]);
    }

    private static BenchmarkComparison Row(RegressionAnalysis analysis, string name = "A") => analysis.Comparisons.Single(c => c.FullName == name);

    [Fact]
    public void A_case_whose_launches_disagree_wildly_gets_a_wider_band_and_no_regression()
    {
        var calm = Row(Analyze([History("A", 1e5)], [Launched("A", 1e5, [1.3, 1.3, 1.3])]));
        var wild = Row(Analyze([History("A", 1e5)], [Launched("A", 1e5, [1.3 * 0.7, 1.3, 1.3 * 1.4])]));

        Assert.Equal(TimeVerdict.Regression, calm.Verdict);
        Assert.Equal(TimeVerdict.Suspected, wild.Verdict);
        Assert.True(wild.Band > 3 * calm.Band, $"{wild.Band} vs {calm.Band}");
        Assert.True(wild.CurrentLaunchSd > 0.3, $"{wild.CurrentLaunchSd}");
        Assert.Equal(3, wild.CurrentProcesses);
    }

    [Fact]
    public void The_current_runs_launch_spread_is_over_its_own_launches_a_case_judged_on_its_re_measurement_left_out()
    {
        var analysis = Analyze(
            [History("A", 1e5), History("B", 1e5), History("C", 1e5)],
            [Launched("A", 1e5, [1.0, 1.3, 1.0]), Launched("B", 1e5, [1.0, 1.0]) with { Remeasured = true }, Launched("C", 1e5, [1.0, 1.0]) with { Remeasured = true }]);

        // A spreads by the sd of log (1, 1.3, 1) ~ 0.15; counted in, B's and C's agreeing re-measure launches would make the median ~0.
        Assert.InRange(analysis.CurrentLaunchSpread!.Value, 0.12, 0.18);
        Assert.InRange(Gate.Baselines.MeasuredRun.LaunchSpreadOf([Launched("A", 1e5, [1.0, 1.3, 1.0]), Launched("B", 1e5, [1.0, 1.0]), Launched("C", 1e5, [1.0, 1.0])])!.Value, 0, 0.05);
    }

    [Fact]
    public void A_lone_burst_launch_does_not_widen_the_band_but_two_high_launches_do()
    {
        var loneBurst = Row(Analyze([History("A", 1e5)], [Launched("A", 1e5, [1.28, 1.30, 2.0])]));
        var untrimmed = Row(RegressionAnalyzer.Analyze(
            new ComparisonInput([History("A", 1e5)], [Launched("A", 1e5, [1.28, 1.30, 2.0])], null, null, true), Config with { TrimLoneSlowLaunch = false }));
        var twoHigh = Row(Analyze([History("A", 1e5)], [Launched("A", 1e5, [1.0, 1.5, 1.55])]));

        Assert.Equal(TimeVerdict.Regression, loneBurst.Verdict);
        Assert.Equal(TimeVerdict.Suspected, untrimmed.Verdict);
        Assert.NotEqual(TimeVerdict.Regression, twoHigh.Verdict);
        Assert.True(twoHigh.Band > 3 * loneBurst.Band, $"{twoHigh.Band} vs {loneBurst.Band}");
    }

    [Fact]
    public void Three_agreeing_launches_narrow_the_band_against_one_launch_of_the_same_samples()
    {
        var three = Launched("A", 1e5, [1.0, 1.0, 1.0]);
        var one = three with { LaunchMediansNs = null };

        var withLaunches = Row(Analyze([History("A", 1e5)], [three]));
        var withoutLaunches = Row(Analyze([History("A", 1e5)], [one]));

        Assert.Equal(3, withLaunches.CurrentProcesses);
        Assert.Equal(1, withoutLaunches.CurrentProcesses);
        Assert.Null(withoutLaunches.CurrentLaunchSd);
        Assert.True(withLaunches.Band < withoutLaunches.Band, $"{withLaunches.Band} vs {withoutLaunches.Band}");
        // The band's σ scales with √(1/m + 1/K): m = 3 against m = 1, K = 5.
        Assert.Equal(Math.Sqrt((1.0 / 3) + (1.0 / 5)) / Math.Sqrt(1 + (1.0 / 5)), Math.Log(1 + withLaunches.Band!.Value) / Math.Log(1 + withoutLaunches.Band!.Value), 6);
    }

    [Fact]
    public void Welch_p_is_reported_beside_mann_whitney_and_follows_a_clear_slowdown()
    {
        var history = History("A", 1e5);
        var slower = Row(Analyze([history], [Now("A", 1e5, factor: 1.3)]));
        var same = Row(Analyze([history], [Now("A", 1e5)]));
        var pooled = history.RunSamplesNs.SelectMany(r => r).ToList();

        Assert.Equal(Core.Statistics.WelchTest.Of(Synthetic.Samples(1e5, 99, 1.3, 15), pooled)!.Value.PValue, slower.WelchPValue!.Value, 12);
        Assert.True(slower.WelchPValue < 0.001, $"{slower.WelchPValue}");
        Assert.True(same.WelchPValue > slower.WelchPValue, $"{same.WelchPValue} vs {slower.WelchPValue}");
        Assert.NotNull(slower.PValue);
    }

    [Fact]
    public void The_guides_statistical_significance_is_the_mann_whitney_test_of_current_slower_with_its_u()
    {
        var history = History("A", 1e5);
        var pooled = history.RunSamplesNs.SelectMany(r => r).ToList();
        var current = Synthetic.Samples(1e5, 99, 1.3, 15);
        var analysis = Analyze([history, History("B", 2e5)], [new MeasuredBenchmark("A", "cat", current, 1000), Now("B", 2e5, factor: 0.7)]);
        var slower = Row(analysis);
        var faster = Row(analysis, "B");

        var stat = slower.StatisticalSignificance!;
        Assert.Equal(Core.Statistics.MannWhitneyTest.U(current, pooled), stat.TestStatistic);
        Assert.Equal(Core.Statistics.MannWhitneyTest.PValueGreater(current, pooled), stat.PValue, 12);
        Assert.True(stat.IsSignificant);
        Assert.True(stat.QValue <= Config.Alpha);
        // The guide's test asks "slower?" whatever the direction: a speedup is not significant there, while the gate's own p is.
        Assert.False(faster.StatisticalSignificance!.IsSignificant);
        Assert.True(faster.StatisticalSignificance.PValue > 0.99);
        Assert.True(faster.PValue < 0.001);
    }

    [Fact]
    public void The_guides_practical_significance_uses_the_benchmarks_fail_threshold()
    {
        var analysis = Analyze([History("A", 1e5), History("B", 1e5)], [Now("A", 1e5, factor: 1.3), Now("B", 1e5, factor: 1.05)]);

        Assert.Equal(new FlyRigLoader.Gate.Reports.PracticalSignificance { Threshold = Config.FailThreshold, IsSignificant = true }, Row(analysis).PracticalSignificance);
        Assert.Equal(new FlyRigLoader.Gate.Reports.PracticalSignificance { Threshold = Config.FailThreshold, IsSignificant = false }, Row(analysis, "B").PracticalSignificance);
    }

    [Fact]
    public void Means_of_the_compared_samples_give_the_performance_delta()
    {
        var history = History("A", 1e5);
        var current = Synthetic.Samples(1e5, 99, 1.3, 15);
        var row = Row(Analyze([history], [new MeasuredBenchmark("A", "cat", current, 1000)]));
        var delta = row.Details().PerformanceDelta!;

        Assert.Equal(history.RunSamplesNs.SelectMany(r => r).Average(), row.BaselineMeanNs!.Value, 6);
        Assert.Equal(current.Average(), row.CurrentMeanNs!.Value, 6);
        Assert.Equal(row.CurrentMeanNs - row.BaselineMeanNs, delta.MeanDelta);
        Assert.Equal(row.CurrentMedianNs - row.BaselineMedianNs, delta.MedianDelta);
        Assert.Equal((row.Ratio!.Value - 1) * 100, delta.MedianDeltaPercentage!.Value, 9);
    }

    [Fact]
    public void Confirmation_counts_replace_the_launch_count()
    {
        var current = Launched("A", 1e5, [1.0, 1.0, 1.0]);
        var analysis = RegressionAnalyzer.Analyze(new ComparisonInput([History("A", 1e5)], [current], null, null, true, new Dictionary<string, int> { ["A"] = 5 }), Config);

        Assert.Equal(5, Row(analysis).CurrentProcesses);
    }

    [Fact]
    public void A_one_run_baseline_of_launches_that_disagree_gets_its_band_from_them()
    {
        // K = 1: no between-run spread; the run's three launches give the between-process spread with two degrees of freedom.
        var samples = Synthetic.Samples(1e5, 1, 1.0, 15);
        var noisy = new BenchmarkHistory("A", "cat", [samples], [1000], [[0.8e5, 1e5, 1.25e5]]);
        var quiet = new BenchmarkHistory("A", "cat", [samples], [1000], [[1e5, 1e5, 1e5]]);
        var unknown = new BenchmarkHistory("A", "cat", [samples], [1000]);

        var noisyBand = Row(Analyze([noisy], [Now("A", 1e5)])).Band!.Value;
        var quietBand = Row(Analyze([quiet], [Now("A", 1e5)])).Band!.Value;
        var unknownBand = Row(Analyze([unknown], [Now("A", 1e5)])).Band!.Value;

        Assert.True(noisyBand > 2 * unknownBand, $"{noisyBand} vs {unknownBand}");
        // Three processes behind the reference instead of one narrow the band when they agree.
        Assert.True(quietBand < unknownBand, $"{quietBand} vs {unknownBand}");
    }

    [Fact]
    public void Within_run_launch_spread_raises_a_baseline_estimate_that_falls_below_it_and_never_lowers_one()
    {
        // Five runs whose medians barely move, but whose launches disagree: the within-run spread is the better witness.
        var runs = Enumerable.Range(0, 5).Select(r => (IReadOnlyList<double>)Synthetic.Samples(1e5, r, 1.0, 15)).ToList();
        IReadOnlyList<double> spread = [0.8e5, 1e5, 1.25e5];
        IReadOnlyList<double> agree = [1e5, 1.001e5, 0.999e5];
        var disagreeing = new BenchmarkHistory("A", "cat", runs, [.. runs.Select(_ => (double?)1000)], [.. runs.Select(_ => spread)]);
        var agreeing = new BenchmarkHistory("A", "cat", runs, [.. runs.Select(_ => (double?)1000)], [.. runs.Select(_ => agree)]);
        var current = Launched("A", 1e5, [1.0, 1.0, 1.0]);

        var wide = Row(Analyze([disagreeing], [current])).Band!.Value;
        var narrow = Row(Analyze([agreeing], [current])).Band!.Value;

        Assert.True(wide > 2 * narrow, $"{wide} vs {narrow}");
    }

    [Fact]
    public void Classifies_new_and_missing_benchmarks()
    {
        var a = Analyze([History("A", 1e5)], [Now("B", 1e5)]);

        Assert.Equal(TimeVerdict.Missing, a.Comparisons.Single(c => c.FullName == "A").Verdict);
        Assert.Equal(TimeVerdict.New, a.Comparisons.Single(c => c.FullName == "B").Verdict);
        Assert.False(a.HasRegression);
    }

    [Fact]
    public void A_large_relative_change_of_a_nanosecond_benchmark_is_noise()
    {
        var a = Analyze([History("A", 2.0)], [Now("A", 2.0, 1.3)]);

        Assert.Equal(TimeVerdict.Noise, a.Comparisons.Single().Verdict);
    }

    [Fact]
    public void Three_versus_three_samples_cannot_reach_alpha_and_say_so()
    {
        var a = Analyze([History("A", 1e5, runs: 1, n: 3)], [Now("A", 1e5, 1.5, n: 3)]);

        var row = a.Comparisons.Single();
        Assert.Equal(TimeVerdict.InsufficientData, row.Verdict);
        Assert.Contains("minimum attainable p 0.05", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clear_slowdown_is_a_regression_and_a_clear_speedup_an_improvement()
    {
        var a = Analyze([History("A", 1e5), History("B", 1e5), History("C", 1e5)], [Now("A", 1e5, 1.4), Now("B", 1e5, 0.7), Now("C", 1e5)]);

        Assert.Equal(TimeVerdict.Regression, a.Comparisons.Single(c => c.FullName == "A").Verdict);
        Assert.Equal(TimeVerdict.Improvement, a.Comparisons.Single(c => c.FullName == "B").Verdict);
        Assert.Equal(TimeVerdict.NoChange, a.Comparisons.Single(c => c.FullName == "C").Verdict);
        Assert.Equal("A", a.Comparisons[0].FullName);
        var ratio = a.Comparisons[0];
        Assert.InRange(ratio.Ratio!.Value, 1.35, 1.45);
        Assert.True(ratio.RatioLower < ratio.Ratio && ratio.Ratio < ratio.RatioUpper);
    }

    [Fact]
    public void A_speedup_inside_the_fail_band_is_no_change_and_a_clear_halving_beyond_it_is_an_improvement()
    {
        // Baseline runs whose medians spread ±15 %: the fail band is about ±30 %, so ×0.8 is what one more run could take back.
        double[] levels = [0.85, 1.0, 1.15, 0.9, 1.1];
        BenchmarkHistory Spread(string name) => new(name, "cat", [.. levels.Select((f, r) => (IReadOnlyList<double>)Synthetic.Samples(1e5, r, f))], [.. levels.Select(_ => (double?)1000)]);

        var a = Analyze([Spread("A"), Spread("B")], [Now("A", 1e5, 0.8), Now("B", 1e5, 0.5)]);

        var inside = a.Comparisons.Single(c => c.FullName == "A");
        Assert.Equal(TimeVerdict.NoChange, inside.Verdict);
        Assert.Contains("not an improvement: inside the between-run band", inside.Reason, StringComparison.Ordinal);
        Assert.True(inside.QValue <= Config.Alpha, "significant, large, and still not an improvement: the band decides");
        Assert.Equal(TimeVerdict.Improvement, a.Comparisons.Single(c => c.FullName == "B").Verdict);
    }

    [Fact]
    public void A_speedup_below_the_fail_threshold_is_no_change_however_sure()
    {
        var a = Analyze([History("A", 1e5)], [Now("A", 1e5, 0.9)]);

        var row = a.Comparisons.Single();
        Assert.Equal(TimeVerdict.NoChange, row.Verdict);
        Assert.Contains("below the fail threshold", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allocation_improvement_mirrors_the_regression_tolerance()
    {
        // Tolerance below 1,000 B/op: the absolute 32 B and 1e-3 of it (1 B).
        var a = Analyze([History("A", 1e5), History("B", 1e5)], [Now("A", 1e5, allocated: 1000 - 32 - 1 - 1), Now("B", 1e5, allocated: 1000 - 32 - 1 + 1)]);

        Assert.Equal(AllocationVerdict.Improvement, a.Comparisons.Single(c => c.FullName == "A").AllocationVerdict);
        Assert.Equal(AllocationVerdict.NoChange, a.Comparisons.Single(c => c.FullName == "B").AllocationVerdict);
    }

    [Fact]
    public void A_ten_percent_slowdown_is_suspected_not_failed()
    {
        var a = Analyze([History("A", 1e5)], [Now("A", 1e5, 1.10)]);

        Assert.Equal(TimeVerdict.Suspected, a.Comparisons.Single().Verdict);
    }

    [Fact]
    public void Per_benchmark_override_raises_the_fail_threshold()
    {
        var config = Config with { Overrides = [new ThresholdOverride { Match = "Slow.*", FailThreshold = 0.6 }] };
        var a = RegressionAnalyzer.Analyze(new ComparisonInput([History("Slow.A", 1e5)], [Now("Slow.A", 1e5, 1.4)], null, null, true), config);

        Assert.Equal(TimeVerdict.Suspected, a.Comparisons.Single().Verdict);
    }

    [Fact]
    public void Allocations_fail_beyond_the_jitter_tolerance_only()
    {
        var a = Analyze([History("A", 1e5), History("B", 1e5)], [Now("A", 1e5, allocated: 1024 + 1000), Now("B", 1e5, allocated: 1008)]);

        Assert.Equal(AllocationVerdict.Regression, a.Comparisons.Single(c => c.FullName == "A").AllocationVerdict);
        Assert.Equal(AllocationVerdict.NoChange, a.Comparisons.Single(c => c.FullName == "B").AllocationVerdict);
    }

    [Fact]
    public void Allocation_tolerance_grows_with_the_baseline_runs_own_jitter()
    {
        // Baseline runs allocated 2,137,350..2,138,262 B/op (measured A/A jitter of an MB-sized benchmark here).
        double?[] runs = [2_138_078, 2_138_024, 2_138_262, 2_137_608, 2_137_350];
        var history = new BenchmarkHistory("A", "cat", [.. runs.Select((_, r) => (IReadOnlyList<double>)Synthetic.Samples(1e6, r))], runs);

        var withinJitter = Analyze([history], [Now("A", 1e6, allocated: 2_138_390)]);
        // Tolerated: their range (912 B), the absolute 32 B and 1e-3 of the largest run (2,138.3 B).
        var beyondJitter = Analyze([history], [Now("A", 1e6, allocated: 2_138_262 + 912 + 32 + 2139)]);
        var atTheEdge = Analyze([history], [Now("A", 1e6, allocated: 2_138_262 + 912 + 32 + 2138)]);

        Assert.Equal(AllocationVerdict.NoChange, withinJitter.Comparisons.Single().AllocationVerdict);
        Assert.Equal(AllocationVerdict.Regression, beyondJitter.Comparisons.Single().AllocationVerdict);
        Assert.Equal(AllocationVerdict.NoChange, atTheEdge.Comparisons.Single().AllocationVerdict);
    }

    [Fact]
    public void A_large_operation_tolerates_a_sliver_of_its_own_size_and_a_small_one_still_fails_on_one_kilobyte()
    {
        // Measured: five identical baseline runs of the 10 MB gzip load, then the same build on a fresh VM at +336 B/op.
        double?[] gzip = [10_580_648, 10_580_648, 10_580_648, 10_580_648, 10_580_648];
        var large = new BenchmarkHistory("Gzip", "cat", [.. gzip.Select((_, r) => (IReadOnlyList<double>)Synthetic.Samples(1e7, r))], gzip);
        double?[] config = [44_944, 44_944, 44_944, 44_944, 44_944];
        var small = new BenchmarkHistory("Config", "cat", [.. config.Select((_, r) => (IReadOnlyList<double>)Synthetic.Samples(5e4, r))], config);

        var a = Analyze([large, small], [Now("Gzip", 1e7, allocated: 10_580_648 + 336), Now("Config", 5e4, allocated: 44_944 + 1024)]);
        var strict = RegressionAnalyzer.Analyze(
            new ComparisonInput([large], [Now("Gzip", 1e7, allocated: 10_580_648 + 336)], null, null, true), Config with { AllocationRelativeTolerance = 0 });

        Assert.Equal(AllocationVerdict.NoChange, a.Comparisons.Single(c => c.FullName == "Gzip").AllocationVerdict);
        Assert.Equal(AllocationVerdict.Regression, a.Comparisons.Single(c => c.FullName == "Config").AllocationVerdict);
        Assert.Equal(AllocationVerdict.Regression, strict.Comparisons.Single().AllocationVerdict);
    }

    [Fact]
    public void Foreign_environment_without_calibration_caps_time_verdicts_at_suspected()
    {
        var a = Analyze([History("A", 1e5)], [Now("A", 1e5, 1.5)], fingerprintMatches: false);

        Assert.Equal(TimeVerdict.Suspected, a.Comparisons.Single().Verdict);
        Assert.True(a.Drift.CapAtSuspected);
    }

    [Fact]
    public void Foreign_environment_is_compared_through_the_calibration_ratio()
    {
        // The other machine is 2x slower by calibration, and so is every benchmark: nothing regressed.
        var a = Analyze([History("A", 1e5)], [Now("A", 1e5, 2.0)], fingerprintMatches: false, baseCal: 1e6, currentCal: 2e6);

        Assert.Equal(TimeVerdict.NoChange, a.Comparisons.Single().Verdict);
        Assert.Equal(2.0, a.Drift.AppliedFactor, 6);
    }

    [Fact]
    public void A_suite_wide_shift_that_calibration_does_not_follow_is_suspected_not_failed()
    {
        var names = new[] { "A", "B", "C", "D", "E" };
        var a = Analyze(names.Select(n => History(n, 1e5)).ToList(), names.Select(n => Now(n, 1e5, 1.4)).ToList(), baseCal: 1e6, currentCal: 1e6);

        Assert.False(a.Drift.Normalized);
        Assert.True(a.Drift.CapAtSuspected);
        Assert.Equal(0, a.Count(TimeVerdict.Regression));
        Assert.Equal(5, a.Count(TimeVerdict.Suspected));
        Assert.Contains("environment drift suspected", a.Drift.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suite_that_reads_faster_without_the_calibration_still_calls_a_slowed_benchmark_but_no_speedup()
    {
        // The baseline's runs caught the host's bursts, this run did not: everything reads 20 % faster but one case, slowed ×1.5.
        var names = new[] { "A", "B", "C", "D", "E", "F" };
        var a = Analyze(
            names.Select(n => History(n, 1e5)).ToList(), names.Select(n => Now(n, 1e5, n == "C" ? 1.5 : n == "F" ? 0.7 : 0.8)).ToList(), baseCal: 1e6, currentCal: 1e6);

        Assert.False(a.Drift.CapAtSuspected);
        Assert.True(a.Drift.CapImprovements);
        Assert.False(a.Drift.Normalized);
        Assert.Equal("C", Assert.Single(a.Comparisons, c => c.Verdict == TimeVerdict.Regression).FullName);
        Assert.Equal(0, a.Count(TimeVerdict.Improvement));
        Assert.Contains("the suite read faster as a whole", a.Drift.Note, StringComparison.Ordinal);
        Assert.True(RegressionReport.Details("run", a, Config, [], []).Drift!.ImprovementsCapped);
        Assert.NotNull(Row(a, "C").Resolution!.Regression);
    }

    [Fact]
    public void A_small_suite_slowdown_the_calibration_does_not_follow_widens_the_bands_instead_of_capping()
    {
        var names = new[] { "A", "B", "C", "D", "E", "F" };
        var history = names.Select(n => History(n, 1e5)).ToList();
        var now = names.Select(n => Now(n, 1e5, n == "C" ? 1.5 : 1.06)).ToList();

        var a = Analyze(history, now, baseCal: 1e6, currentCal: 1e6);
        var strict = RegressionAnalyzer.Analyze(new ComparisonInput(history, now, 1e6, 1e6, true), Config with { DriftCapShift = 0 });

        Assert.False(a.Drift.CapAtSuspected);
        Assert.InRange(a.Drift.Widening, Math.Log(1.05), Math.Log(1.07));
        Assert.Contains("the suite read slower as a whole", a.Drift.Note, StringComparison.Ordinal);
        Assert.Equal("C", Assert.Single(a.Comparisons, c => c.Verdict == TimeVerdict.Regression).FullName);
        Assert.True(strict.Drift.CapAtSuspected);
        Assert.Equal(0, strict.Count(TimeVerdict.Regression));
        // The widening is in the band the verdict used: the same case in a suite that did not move has a narrower one.
        var unwidened = Analyze(history, names.Select(n => Now(n, 1e5, n == "C" ? 1.5 : 1.0)).ToList(), baseCal: 1e6, currentCal: 1e6);
        Assert.True(Row(a, "C").Band > Row(unwidened, "C").Band, $"{Row(a, "C").Band} vs {Row(unwidened, "C").Band}");
    }

    [Fact]
    public void A_suite_that_reads_faster_as_the_calibration_does_is_still_normalized()
    {
        var names = new[] { "A", "B", "C", "D", "E" };
        var a = Analyze(names.Select(n => History(n, 1e5)).ToList(), names.Select(n => Now(n, 1e5, 0.8)).ToList(), baseCal: 1e6, currentCal: 8e5);

        Assert.True(a.Drift.Normalized);
        Assert.False(a.Drift.CapImprovements);
        Assert.Equal(0.8, a.Drift.AppliedFactor, 2);
    }

    [Fact]
    public void One_slowed_benchmark_in_a_steady_suite_is_still_a_regression()
    {
        var names = new[] { "A", "B", "C", "D", "E" };
        var a = Analyze(names.Select(n => History(n, 1e5)).ToList(), names.Select(n => Now(n, 1e5, n == "C" ? 1.4 : 1.0)).ToList(), baseCal: 1e6, currentCal: 1e6);

        Assert.False(a.Drift.CapAtSuspected);
        Assert.Equal("C", Assert.Single(a.Comparisons, c => c.Verdict == TimeVerdict.Regression).FullName);
    }

    [Fact]
    public void A_suite_wide_shift_confirmed_by_calibration_is_drift()
    {
        var names = new[] { "A", "B", "C", "D", "E" };
        var a = Analyze(names.Select(n => History(n, 1e5)).ToList(), names.Select(n => Now(n, 1e5, 1.4)).ToList(), baseCal: 1e6, currentCal: 1.35e6);

        Assert.True(a.Drift.Normalized);
        Assert.Equal(0, a.Count(TimeVerdict.Regression));
        Assert.Contains("environment drift", a.Drift.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void With_too_few_benchmarks_for_a_suite_shift_calibration_alone_normalizes()
    {
        var a = Analyze([History("A", 1e5), History("B", 1e5)], [Now("A", 1e5, 1.3), Now("B", 1e5, 1.3)], baseCal: 1e6, currentCal: 1.3e6);

        Assert.True(a.Drift.Normalized);
        Assert.Equal(0, a.Count(TimeVerdict.Regression));
    }
}
