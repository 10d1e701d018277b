using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

/// <summary>A/B rounds through blocking and the paired band, on launch ratios recorded on this host.</summary>
public sealed class AbComparisonTests
{
    private const string Name = "FlyRigLoader.Benchmarks.Transformation.TransformationSmokeBenchmarks.BuildWithSignalDisp(Rows: 10000)";
    private static readonly GateConfig Config = new() { BootstrapResamples = 0 };

    // Four launches of 40 pairs; B/A of launch r is ratios[r], with ±1% batch jitter and a launch-wide level of 0.8–1.3.
    private static (List<MeasuredRun> A, List<MeasuredRun> B) Launches(params double[] ratios)
    {
        var random = new Random(7);
        List<double> Batches(double level) => Enumerable.Range(0, 40).Select(_ => 1e6 * level * (0.99 + (0.02 * random.NextDouble()))).ToList();
        var levels = new[] { 1.0, 1.3, 0.8, 1.1 };
        MeasuredRun Run(List<double> samples) => Synthetic.Run(1) with { Benchmarks = [new MeasuredBenchmark(Name, "transformation", samples, 1000)] };
        return (ratios.Select((_, r) => Run(Batches(levels[r]))).ToList(), ratios.Select((x, r) => Run(Batches(levels[r] * x))).ToList());
    }

    private static BenchmarkComparison Judge((List<MeasuredRun> A, List<MeasuredRun> B) rounds, GateConfig? config = null)
    {
        var (current, baseline, counts) = AbComparison.FromRounds(rounds.A, rounds.B, "test");
        return RegressionAnalyzer.Analyze(new ComparisonInput(baseline.File.Histories(), current.Benchmarks, null, null, true, counts, Interleaved: true), config ?? Config)
            .Comparisons.Single();
    }

    [Fact]
    public void Launches_that_agree_on_a_10_percent_slowdown_are_a_regression_side_by_side()
    {
        // The ratios GateAccuracy's against110 read on this host (session 8): each launch 1.08-1.13.
        var verdict = Judge(Launches(1.108, 1.097, 1.125, 1.096));

        Assert.Equal(TimeVerdict.Regression, verdict.Verdict);
        Assert.Contains("fail at 5", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_10_percent_is_only_suspected_when_the_side_by_side_threshold_is_the_single_run_one()
    {
        var verdict = Judge(Launches(1.108, 1.097, 1.125, 1.096), Config with { AbFailThreshold = 0.15 });

        Assert.Equal(TimeVerdict.Suspected, verdict.Verdict);
        Assert.Contains("statistically sure but below the fail threshold", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Launches_that_agree_on_a_3_percent_slowdown_stay_below_the_side_by_side_threshold()
    {
        var verdict = Judge(Launches(1.03, 1.028, 1.032, 1.03));

        Assert.NotEqual(TimeVerdict.Regression, verdict.Verdict);
        Assert.InRange(verdict.Ratio!.Value, 1.02, 1.04);
    }

    [Fact]
    public void A_category_override_of_the_single_run_threshold_does_not_loosen_a_side_by_side_judgement()
    {
        var loose = Config with { Overrides = [new ThresholdOverride { Category = "transformation", FailThreshold = 0.30, WarnThreshold = 0.10 }] };

        var verdict = Judge(Launches(1.108, 1.097, 1.125, 1.096), loose);

        Assert.Equal(TimeVerdict.Regression, verdict.Verdict);
    }

    [Fact]
    public void The_command_line_threshold_sets_the_side_by_side_threshold_too()
    {
        var config = new GateConfig().WithThresholds(0.20, null);

        Assert.Equal(0.20, config.AbFailThreshold);
        Assert.Equal(0.05, new GateConfig().WithThresholds(null, null).AbFailThreshold);
        Assert.Equal(TimeVerdict.Suspected, Judge(Launches(1.108, 1.097, 1.125, 1.096), Config.WithThresholds(0.20, null)).Verdict);
    }

    [Fact]
    public void Launches_that_disagree_are_not_a_regression_even_when_their_pooled_ratio_passes_the_threshold()
    {
        // Same code on both sides, measured here: one process's copy of a build ran 37% slow for a whole launch.
        var verdict = Judge(Launches(1.002, 1.100, 1.372, 1.214));

        Assert.True(verdict.Ratio > 1.15, $"ratio {verdict.Ratio}");
        Assert.Equal(TimeVerdict.Suspected, verdict.Verdict);
        Assert.Contains("inside the between-run band", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Launches_that_agree_on_a_25_percent_slowdown_are_a_regression()
    {
        var verdict = Judge(Launches(1.31, 1.27, 1.35, 1.29));

        Assert.Equal(TimeVerdict.Regression, verdict.Verdict);
        Assert.InRange(verdict.Ratio!.Value, 1.27, 1.35);
    }

    [Fact]
    public void The_baseline_is_interleaved_with_one_run_per_round_and_every_round_pooled()
    {
        var (current, baseline, counts) = AbComparison.FromRounds(Launches(1, 1, 1, 1).A, Launches(1, 1, 1, 1).B, "git ref x");

        Assert.True(baseline.Interleaved);
        Assert.Equal("git ref x", baseline.Path);
        Assert.Equal(4, baseline.File.Runs.Count);
        Assert.Equal(160, current.Benchmarks.Single().SamplesNs.Count);
        Assert.Equal(4, counts[Name]);
    }

    [Fact]
    public void A_re_measure_of_one_method_narrows_its_band_and_leaves_the_others_judged_on_their_own_rounds()
    {
        // Four launches read a real x1.25 as x1.13 (launch-to-launch ±10%, as measured on BuildWithSignalDisp); four more
        // launches of that method alone are pooled with them. The other benchmark was measured in the first four only.
        const string Other = "FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile";
        var random = new Random(11);
        List<double> Batches(double level) => Enumerable.Range(0, 40).Select(_ => 1e6 * level * (0.99 + (0.02 * random.NextDouble()))).ToList();
        MeasuredRun Round(double level, double ratio, bool withOther) => Synthetic.Run(1) with
        {
            Benchmarks = withOther
                ? [new MeasuredBenchmark(Name, "transformation", Batches(level * ratio), 1000), new MeasuredBenchmark(Other, "config", Batches(level * 1.01), 500)]
                : [new MeasuredBenchmark(Name, "transformation", Batches(level * ratio), 1000)],
        };
        var first = new[] { 1.12, 1.10, 1.16, 1.14 };
        var more = new[] { 1.30, 1.32, 1.28, 1.35 };
        var levels = new[] { 1.0, 1.3, 0.8, 1.1, 0.9, 1.2, 1.0, 1.05 };
        var a = levels.Select((l, r) => Round(l, 1.0, r < 4)).ToList();
        var b = first.Concat(more).Select((x, r) => Round(levels[r], x, r < 4)).ToList();

        RegressionAnalysis Analyze(int rounds)
        {
            var (current, baseline, counts) = AbComparison.FromRounds(a.Take(rounds).ToList(), b.Take(rounds).ToList(), "test");
            // The single-run threshold side by side, so the first four launches' x1.13 is short of it and only re-measuring decides.
            return RegressionAnalyzer.Analyze(new ComparisonInput(baseline.File.Histories(), current.Benchmarks, null, null, true, counts, Interleaved: true), Config with { AbFailThreshold = 0.15 });
        }

        var before = Analyze(4);
        var after = Analyze(8);

        Assert.Equal(TimeVerdict.Suspected, before.Comparisons.Single(c => c.FullName == Name).Verdict);
        Assert.Equal([ConfirmPlan.FilterFor(Name)], ConfirmPlan.Unsure(before));
        var remeasured = after.Comparisons.Single(c => c.FullName == Name);
        Assert.Equal(TimeVerdict.Regression, remeasured.Verdict);
        Assert.Equal(8, remeasured.BaselineRuns);
        var other = after.Comparisons.Single(c => c.FullName == Other);
        Assert.Equal(4, other.BaselineRuns);
        Assert.Equal(before.Comparisons.Single(c => c.FullName == Other).Ratio, other.Ratio);
        Assert.Equal(before.Comparisons.Single(c => c.FullName == Other).Verdict, other.Verdict);
    }

    [Fact]
    public void A_regression_four_launches_made_of_one_build_does_not_stand_once_four_fresh_launches_are_pooled()
    {
        // The same build on both sides, but the first four launches read B as x1.5-1.8 (as an A/A trial read
        // LoadStandardPickle(10 MB) at x1.66); four fresh launches of that method agree with A.
        var random = new Random(5);
        List<double> Batches(double level) => Enumerable.Range(0, 40).Select(_ => 1e6 * level * (0.99 + (0.02 * random.NextDouble()))).ToList();
        MeasuredRun Round(double level) => Synthetic.Run(1) with { Benchmarks = [new MeasuredBenchmark(Name, "data_loading", Batches(level), 1000)] };
        var ratios = new[] { 1.5, 1.8, 1.6, 1.7, 1.01, 0.99, 1.02, 1.0 };
        var levels = new[] { 1.0, 1.3, 0.8, 1.1, 0.9, 1.2, 1.0, 1.05 };
        var a = levels.Select(Round).ToList();
        var b = levels.Select((l, r) => Round(l * ratios[r])).ToList();

        RegressionAnalysis Analyze(int rounds)
        {
            var (current, baseline, counts) = AbComparison.FromRounds(a.Take(rounds).ToList(), b.Take(rounds).ToList(), "test");
            return RegressionAnalyzer.Analyze(new ComparisonInput(baseline.File.Histories(), current.Benchmarks, null, null, true, counts, Interleaved: true), Config);
        }

        var before = Analyze(4);
        Assert.Equal(TimeVerdict.Regression, before.Comparisons.Single().Verdict);
        Assert.Equal([ConfirmPlan.FilterFor(Name)], ConfirmPlan.ToSettle(before, []));
        var after = Analyze(8).Comparisons.Single();
        Assert.NotEqual(TimeVerdict.Regression, after.Verdict);
        Assert.Equal(8, after.BaselineRuns);
    }
}
