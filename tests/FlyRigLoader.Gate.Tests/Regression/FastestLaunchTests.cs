using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class FastestLaunchTests
{
    private static readonly GateConfig Config = new() { BootstrapResamples = 200 };

    // Five runs of three launches; in runs 1 and 3 two launches fell in a host burst (×1.7), which moves those runs'
    // medians and so the main rule's band, but not their fastest launch.
    private static readonly double[][] BurstyRuns =
        [[1.00, 1.01, 1.70], [1.01, 1.70, 1.75], [1.00, 1.02, 1.01], [1.02, 1.72, 1.68], [1.01, 1.00, 1.71]];

    // The committed baseline's BuildWithSignalDisp(Rows: 1000000), its launch medians in ms: three runs mostly in the
    // fast mode, two with every launch in the slow one (where a process's memory lands, not the code).
    private static readonly double[][] TwoModeRuns =
        [[10.83, 10.77, 10.62], [10.55, 18.53, 10.50], [18.22, 18.10, 19.52], [20.17, 20.41, 21.60], [19.84, 19.09, 11.58]];

    private static BenchmarkHistory Bursty(double median, string name = "A") => History(median, BurstyRuns, name);

    private static BenchmarkHistory History(double median, double[][] runs, string name = "A")
    {
        var launches = runs.Select((factors, k) => factors.Select((f, i) => Synthetic.Samples(median, (10 * k) + i, f, 5)).ToList()).ToList();
        return new BenchmarkHistory(
            name, "cat",
            [.. launches.Select(run => (IReadOnlyList<double>)[.. run.SelectMany(l => l)])],
            [.. launches.Select(_ => (double?)1000)],
            [.. launches.Select(run => (IReadOnlyList<double>?)[.. run.Select(l => Core.Statistics.RobustStatistics.Median(l))])]);
    }

    private static MeasuredBenchmark Launched(double median, double[] factors, string name = "A")
    {
        var launches = factors.Select((f, i) => Synthetic.Samples(median, 99 + i, f, 5)).ToList();
        return new(name, "cat", [.. launches.SelectMany(l => l)], 1000, [.. launches.Select(l => Core.Statistics.RobustStatistics.Median(l))]);
    }

    private static BenchmarkComparison Judge(MeasuredBenchmark current, GateConfig? config = null) =>
        RegressionAnalyzer.Analyze(new ComparisonInput([Bursty(1e5)], [current], null, null, true), config ?? Config).Comparisons.Single();

    [Fact]
    public void Every_launch_slower_than_the_baseline_runs_fastest_launches_is_suspected_where_the_median_rule_sees_nothing()
    {
        // The bursty baseline's median is raised by its two burst runs, so the median rule reads this ×1.10 near 1.
        var slowed = Judge(Launched(1e5, [1.10, 1.11, 1.12]));
        var off = Judge(Launched(1e5, [1.10, 1.11, 1.12]), Config with { FastestLaunchBandFactor = 0 });

        Assert.Equal(TimeVerdict.NoChange, off.Verdict);
        Assert.Null(off.FastestLaunch);
        Assert.Equal(TimeVerdict.Suspected, slowed.Verdict);
        Assert.Contains("every launch was slower", slowed.Reason, StringComparison.Ordinal);
        Assert.InRange(slowed.FastestLaunch!.Ratio, 1.08, 1.12);
        Assert.Equal(5, slowed.FastestLaunch.BaselineRuns);
        Assert.Equal(3, slowed.FastestLaunch.Launches);
    }

    [Fact]
    public void A_run_with_a_quiet_launch_is_not_suspected_by_the_witness_however_slow_its_burst_launches()
    {
        var aa = Judge(Launched(1e5, [1.01, 1.02, 1.72]));
        var twoBursts = Judge(Launched(1e5, [1.01, 1.70, 1.72]));

        Assert.Equal(TimeVerdict.NoChange, aa.Verdict);
        Assert.False(aa.FastestLaunch!.Slower);
        Assert.False(twoBursts.FastestLaunch!.Slower);
        Assert.DoesNotContain("every launch", twoBursts.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_witness_never_makes_a_regression_and_is_kept_in_the_report_details()
    {
        var slowed = Judge(Launched(1e5, [1.10, 1.11, 1.12]));
        var details = slowed.Details();

        Assert.NotEqual(TimeVerdict.Regression, slowed.Verdict);
        Assert.Equal(slowed.FastestLaunch!.Ratio, details.FastestLaunchRatio);
        Assert.Equal(slowed.FastestLaunch.Band, details.FastestLaunchBand);
    }

    [Fact]
    public void Side_by_side_judgements_leave_the_witness_out()
    {
        var input = new ComparisonInput([Bursty(1e5)], [Launched(1e5, [1.10, 1.11, 1.12])], null, null, true, Interleaved: true);

        Assert.Null(RegressionAnalyzer.Analyze(input, Config).Comparisons.Single().FastestLaunch);
    }

    [Fact]
    public void The_band_is_the_baseline_runs_spread_of_their_fastest_launch_and_never_below_the_warn_threshold()
    {
        // Fastest launches e^0, e^0.1, e^0.2, e^0.3, e^0.4: median e^0.2, median absolute deviation of the logs 0.1.
        double[] spread = [.. Enumerable.Range(0, 5).Select(k => 100 * Math.Exp(0.1 * k))];
        var wide = FastestLaunch.Judge([165, 170], spread, 0.05, 1.5)!;
        var tight = FastestLaunch.Judge([106, 110], [100, 100, 100, 100], 0.05, 1.5)!;

        Assert.Equal(Math.Exp(1.5 * 1.4826 * 0.1 * Math.Sqrt(1.2)) - 1, wide.Band, 9);
        Assert.Equal(165 / (100 * Math.Exp(0.2)), wide.Ratio, 9);
        Assert.True(wide.Slower);
        Assert.False(FastestLaunch.Judge([155, 170], spread, 0.05, 1.5)!.Slower);
        Assert.Equal(0.05, tight.Band, 9);
        Assert.True(tight.Slower);
        Assert.False(FastestLaunch.Judge([104, 110], [100, 100, 100, 100], 0.05, 1.5)!.Slower);
    }

    [Fact]
    public void On_a_machine_that_moved_as_a_whole_the_witness_divides_by_the_move_of_its_fastest_launches()
    {
        // Every launch of every case 30 % slower and the calibration alike: the rule normalizes for the machine. One case
        // is 10 % slower on top of that; only it may be suspected.
        string[] names = ["A", "B", "C", "D", "E", "F"];
        var current = names.Select((n, i) => Launched(1e5 * (i + 1), n == "F" ? [1.43, 1.44, 1.45] : [1.30, 1.31, 1.32], n)).ToList();
        var input = new ComparisonInput([.. names.Select((n, i) => Bursty(1e5 * (i + 1), n))], current, 1e6, 1.3e6, true);

        var rows = RegressionAnalyzer.Analyze(input, Config).Comparisons.ToDictionary(c => c.FullName);

        Assert.True(RegressionAnalyzer.Analyze(input, Config).Drift.Normalized);
        Assert.Equal(TimeVerdict.Suspected, rows["F"].Verdict);
        Assert.InRange(rows["F"].FastestLaunch!.Ratio, 1.08, 1.12);
        Assert.All(names.SkipLast(1), n => Assert.False(rows[n].FastestLaunch!.Slower, n));
        Assert.All(names.SkipLast(1), n => Assert.NotEqual(TimeVerdict.Suspected, rows[n].Verdict));
    }

    [Fact]
    public void A_baseline_run_that_a_burst_covered_from_end_to_end_does_not_widen_the_band()
    {
        // GateAccuracy 20261205T003225Z: the target's fastest launch per baseline run (µs), one run slow in all three
        // launches, and a planted ×1.10 whose quiet launches read 55.0 and 55.2 µs.
        var witness = FastestLaunch.Judge([55.0, 55.2, 98.7], [51.8, 64.1, 50.8, 49.6, 49.9], 0.05, 1.0)!;

        Assert.Equal(0.05, witness.Band, 9);
        Assert.Equal(55.0 / 50.8, witness.Ratio, 9);
        Assert.True(witness.Slower);
    }

    [Fact]
    public void The_machine_move_is_the_median_case_and_needs_enough_cases()
    {
        IReadOnlyList<double> baseline = [100, 101, 99];
        var cases = new (IReadOnlyList<double>, IReadOnlyList<double>?)[] { ([120, 130], baseline), ([121, 125], baseline), ([200, 210], baseline), ([119, 140], baseline), ([150, 120], baseline), ([120, 122], null) };

        Assert.Equal(1.20, FastestLaunch.SuiteShift(cases, 5), 9);
        Assert.Equal(1.0, FastestLaunch.SuiteShift(cases, 6));
        Assert.Equal(1.0, FastestLaunch.Judge([120, 125], baseline, 0.05, 1.5, 1.2)!.Ratio, 9);
    }

    [Fact]
    public void A_run_in_a_slow_mode_that_whole_baseline_runs_show_is_not_suspected_and_the_reason_says_so()
    {
        // Live, 2026-12-05: all three launches at 18.7-19.5 ms read "61 % slower than the typical fastest launch".
        var input = new ComparisonInput([History(1e5, TwoModeRuns)], [Launched(1e5, [18.7, 19.5, 19.2])], null, null, true);
        var inMode = RegressionAnalyzer.Analyze(input, Config).Comparisons.Single();
        var off = RegressionAnalyzer.Analyze(input, Config with { FastestLaunchModeRuns = 0 }).Comparisons.Single();

        Assert.Equal(TimeVerdict.NoChange, inMode.Verdict);
        Assert.True(inMode.FastestLaunch!.Beyond);
        Assert.True(inMode.FastestLaunch.KnownMode);
        Assert.Equal(2, inMode.FastestLaunch.SlowModeRuns);
        Assert.Equal(2, inMode.Details().FastestLaunchSlowModeRuns);
        Assert.Contains("as every launch of 2 of its 5 runs did", inMode.Reason, StringComparison.Ordinal);
        Assert.Contains("a slow mode of this case", inMode.Reason, StringComparison.Ordinal);
        Assert.Equal(TimeVerdict.Suspected, off.Verdict);
    }

    [Theory]
    // ×1.25 on the fast mode (ms): above every fast baseline run (band +17 %), below the slow mode's lowest run.
    [InlineData(new[] { 14.5, 14.8, 14.6 }, new[] { 10.62, 10.50, 18.10, 20.17, 11.58 })]
    // Replayed set 20261205T011927 (µs): two baseline runs a burst covered at ×1.7; a slowdown of ×1.12 far below them.
    [InlineData(new[] { 57.0, 58.1, 57.4 }, new[] { 50.9, 84.3, 85.3, 48.2, 49.0 })]
    // ×1.5 on the slow mode (ms): beyond every run the baseline has.
    [InlineData(new[] { 30.0, 30.5, 31.0 }, new[] { 10.62, 10.50, 18.10, 20.17, 11.58 })]
    // Four runs form the "mode" and hold the median: a run 37 % above them is slower, not in it.
    [InlineData(new[] { 25.0, 26.0 }, new[] { 10.0, 18.0, 18.2, 18.3, 18.5 })]
    public void A_slowdown_outside_the_slow_mode_is_still_suspected(double[] current, double[] baselineFastest)
    {
        var witness = FastestLaunch.Judge(current, baselineFastest, 0.05, 1.0, 1.0, 2, 0.15)!;

        Assert.Equal(0, witness.SlowModeRuns);
        Assert.True(witness.Slower);
    }

    [Fact]
    public void The_mode_needs_as_many_runs_as_configured_and_is_judged_after_the_machine_move()
    {
        double[] baseline = [10.62, 10.50, 18.10, 20.17, 11.58];

        Assert.True(FastestLaunch.Judge([19.0, 19.5], baseline, 0.05, 1.0, 1.0, 3, 0.15)!.Slower);
        Assert.True(FastestLaunch.Judge([19.0, 19.5], baseline, 0.05, 1.0, 1.0, 2, 0.15)!.KnownMode);
        // The machine runs 30 % slower: 24.7 ms is 19.0 ms of the baseline's machine, inside the slow mode.
        Assert.True(FastestLaunch.Judge([24.7, 25.4], baseline, 0.05, 1.0, 1.3, 2, 0.15)!.KnownMode);
        // A fail threshold of 0 does not make a noise gap (4.7 %, under twice the band of 7.9 %) a mode.
        Assert.Equal(0, FastestLaunch.Judge([11.5, 11.9], [10.0, 10.4, 10.9, 11.3, 11.8], 0.05, 1.0, 1.0, 2, 0.0)!.SlowModeRuns);
    }

    [Theory]
    // One slow run is a burst, not a mode.
    [InlineData(new double[] { 10.6, 10.5, 18.1, 10.9, 11.6 }, 1)]
    // Runs above a gap smaller than a regression (15 %) are a slow spell of the host, not a mode.
    [InlineData(new double[] { 10.6, 10.5, 11.9, 12.0, 10.8 }, 0)]
    public void Without_two_runs_apart_by_more_than_a_regression_the_witness_still_speaks(double[] baselineFastest, int slowModeRuns)
    {
        var witness = FastestLaunch.Judge([baselineFastest.Max(), baselineFastest.Max() * 1.01], baselineFastest, 0.05, 1.0, 1.0, 2, 0.15)!;

        Assert.Equal(slowModeRuns, witness.SlowModeRuns);
        Assert.True(witness.Slower);
    }

    [Theory]
    [InlineData(new double[] { 110 }, new double[] { 100, 100, 100 }, 1.5)]
    [InlineData(new double[] { 110, 120 }, new double[] { 100, 100 }, 1.5)]
    [InlineData(new double[] { 110, 120 }, new double[] { 100, 100, 100 }, 0)]
    [InlineData(new double[] { 110, 0 }, new double[] { 100, 100, 100 }, 1.5)]
    [InlineData(new double[] { 110, 120 }, new double[] { 100, double.NaN, 100 }, 1.5)]
    public void It_stays_silent_without_two_launches_three_baseline_runs_positive_times_or_when_switched_off(double[] current, double[] baseline, double factor) =>
        Assert.Null(FastestLaunch.Judge(current, baseline, 0.05, factor));
}
