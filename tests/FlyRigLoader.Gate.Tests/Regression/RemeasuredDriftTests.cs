using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class RemeasuredDriftTests
{
    private static readonly GateConfig Config = new() { BootstrapResamples = 200 };

    private static DriftAssessment Normalized(double factor) => new(factor - 1, factor, factor, true, false, "environment drift");

    // Five steady baseline runs of three launches each.
    private static BenchmarkHistory Steady(double median, string name)
    {
        var launches = Enumerable.Range(0, 5).Select(k => Enumerable.Range(0, 3).Select(i => Synthetic.Samples(median, (10 * k) + i, 1.0 + (0.005 * i), 5)).ToList()).ToList();
        return new BenchmarkHistory(
            name, "cat",
            [.. launches.Select(run => (IReadOnlyList<double>)[.. run.SelectMany(l => l)])],
            [.. launches.Select(_ => (double?)1000)],
            [.. launches.Select(run => (IReadOnlyList<double>?)[.. run.Select(l => Core.Statistics.RobustStatistics.Median(l))])]);
    }

    private static MeasuredBenchmark Launched(double median, double[] factors, string name, bool remeasured = false)
    {
        var launches = factors.Select((f, i) => Synthetic.Samples(median, 99 + i, f, 5)).ToList();
        return new(name, "cat", [.. launches.SelectMany(l => l)], 1000, [.. launches.Select(l => Core.Statistics.RobustStatistics.Median(l))], remeasured);
    }

    [Fact]
    public void A_normalized_run_divides_a_re_measured_case_by_the_machine_move_kept_between_one_and_the_run_factor()
    {
        Assert.Equal((1.02, Math.Log(1.02)), RemeasuredDrift.For(Normalized(1.148), 1.02));
        Assert.Equal((1.148, Math.Log(1.148)), RemeasuredDrift.For(Normalized(1.148), 1.30));
        Assert.Equal((1.0, 0.0), RemeasuredDrift.For(Normalized(1.148), 0.95));
    }

    [Fact]
    public void A_run_factor_below_one_stands_for_a_re_measured_case()
    {
        // A faster machine (or calibration): dividing by less than the run's factor would make the case read faster.
        Assert.Equal((0.8, Math.Abs(Math.Log(0.8))), RemeasuredDrift.For(Normalized(0.8), 0.9));
        Assert.Equal((0.8, Math.Abs(Math.Log(0.8))), RemeasuredDrift.For(Normalized(0.8), 1.1));
        Assert.Null(RemeasuredDrift.Describe(Normalized(0.8), RemeasuredDrift.For(Normalized(0.8), 1.0)));
    }

    [Fact]
    public void Without_enough_cases_to_show_the_machine_move_the_run_factor_stands()
    {
        Assert.Equal((1.148, Math.Log(1.148)), RemeasuredDrift.For(Normalized(1.148), null));
        Assert.Null(RemeasuredDrift.Describe(Normalized(1.148), (1.148, Math.Log(1.148))));
    }

    [Fact]
    public void A_band_widened_by_an_unfollowed_suite_slowdown_is_widened_for_a_re_measured_case_only_as_far_as_the_machine_moved()
    {
        var widened = new DriftAssessment(0.08, 1.0, 1.0, false, false, "slower", Widening: Math.Log(1.08));

        Assert.Equal((1.0, Math.Log(1.02)), RemeasuredDrift.For(widened, 1.02));
        Assert.Equal((1.0, 0.0), RemeasuredDrift.For(widened, 0.97));
        Assert.Equal((1.0, Math.Log(1.08)), RemeasuredDrift.For(widened, 1.2));
        Assert.Contains("band widened by 2.0", RemeasuredDrift.Describe(widened, (1.0, Math.Log(1.02))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_drift_leaves_a_re_measured_case_as_measured()
    {
        var quiet = new DriftAssessment(0.01, 1.0, 1.0, false, false, "no environment drift");

        Assert.Equal((1.0, 0.0), RemeasuredDrift.For(quiet, 1.04));
        Assert.Null(RemeasuredDrift.Describe(quiet, (1.0, 0.0)));
    }

    [Fact]
    public void A_quiet_re_measured_slowdown_is_not_hidden_by_the_shift_a_burst_gave_the_run()
    {
        // Six cases whose run caught a burst in two launches of three (+25 %), the calibration alike: the rule normalizes the
        // run by its median shift. The target's slowdown was measured again in two quiet launches (×1.25). Divided by the
        // run's shift it would read ×1.0; the other cases' fastest launches show the machine itself did not move.
        string[] others = ["A", "B", "C", "D", "E", "F"];
        var current = others.Select((n, i) => Launched(1e5 * (i + 1), [1.0, 1.25, 1.26], n)).Append(Launched(7e5, [1.25, 1.26], "T", remeasured: true)).ToList();
        var input = new ComparisonInput([.. others.Select((n, i) => Steady(1e5 * (i + 1), n)), Steady(7e5, "T")], current, 1e6, 1.25e6, true);

        var analysis = RegressionAnalyzer.Analyze(input, Config);
        var rows = analysis.Comparisons.ToDictionary(c => c.FullName);
        var asBefore = RegressionAnalyzer.Analyze(input with { Current = [.. current.Select(c => c with { Remeasured = false })] }, Config).Comparisons.Single(c => c.FullName == "T");

        Assert.True(analysis.Drift.Normalized);
        Assert.InRange(analysis.Drift.AppliedFactor, 1.2, 1.3);
        Assert.Equal(TimeVerdict.Regression, rows["T"].Verdict);
        Assert.InRange(rows["T"].Ratio!.Value, 1.22, 1.28);
        Assert.Contains("judged on its re-measure launches, divided by", rows["T"].Reason, StringComparison.Ordinal);
        Assert.NotEqual(TimeVerdict.Regression, asBefore.Verdict);
        Assert.All(others, n => Assert.NotEqual(TimeVerdict.Regression, rows[n].Verdict));
        Assert.All(others, n => Assert.DoesNotContain("re-measure", rows[n].Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_machine_that_moved_in_every_launch_a_re_measured_case_is_normalized_like_the_run()
    {
        // Every launch of every case 25 % slower and the calibration alike: a slower host, not a burst. The re-measured
        // case, as slow as the others, is no regression.
        string[] others = ["A", "B", "C", "D", "E", "F"];
        var current = others.Select((n, i) => Launched(1e5 * (i + 1), [1.25, 1.26, 1.25], n)).Append(Launched(7e5, [1.25, 1.26], "T", remeasured: true)).ToList();
        var input = new ComparisonInput([.. others.Select((n, i) => Steady(1e5 * (i + 1), n)), Steady(7e5, "T")], current, 1e6, 1.25e6, true);

        var target = RegressionAnalyzer.Analyze(input, Config).Comparisons.Single(c => c.FullName == "T");

        Assert.Equal(TimeVerdict.NoChange, target.Verdict);
        Assert.InRange(target.Ratio!.Value, 0.97, 1.03);
    }
}
