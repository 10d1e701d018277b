using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Gate.Core.Tests.Interference;

/// <summary>Which witnesses make a case's measurement disturbed, and which launches stay usable.</summary>
public sealed class InterferenceRuleTests
{
    private static readonly InterferenceThresholds Defaults = new();

    [Fact]
    public void Three_agreeing_launches_on_a_quiet_machine_are_clean()
    {
        var finding = InterferenceRule.Assess("Case", Launches(10.0, 10.2, 9.9), [Quiet(0), Quiet(1), Quiet(2)], 0.02, Defaults);

        Assert.False(finding.Disturbed);
        Assert.Equal([0, 1, 2], finding.QuietLaunches);
    }

    [Fact]
    public void A_neighbour_busy_during_one_launch_disturbs_it_and_leaves_the_others_usable()
    {
        var loads = new[] { Quiet(0), new LaunchLoad(1, 30, 29, ForeignCpuSeconds: 28, StealSeconds: 0, LogicalCores: 2), Quiet(2) };

        var finding = InterferenceRule.Assess("Case", Launches(10.0, 10.4, 9.9), loads, 0.02, Defaults);

        Assert.True(finding.Disturbed);
        Assert.Contains("launch 2: other processes kept 0.93 of 2 cores busy", finding.Reasons.Single(), StringComparison.Ordinal);
        Assert.Equal([0, 2], finding.QuietLaunches);
    }

    [Fact]
    public void Hypervisor_steal_beyond_the_limit_disturbs_a_launch()
    {
        var loads = new[] { new LaunchLoad(0, 10, 9, ForeignCpuSeconds: 0.1, StealSeconds: 2, LogicalCores: 2) };

        Assert.Contains("stole 10%", InterferenceRule.Disturbance(loads[0], Defaults), StringComparison.Ordinal);
    }

    [Fact]
    public void Launches_that_disagree_far_beyond_the_suite_disturb_the_case_and_leave_no_launch_usable()
    {
        var finding = InterferenceRule.Assess("Case", Launches(1.5, 2.6, 4.4), [Quiet(0), Quiet(1), Quiet(2)], 0.03, Defaults);

        Assert.True(finding.Disturbed);
        Assert.Contains("its launches disagree", finding.Reasons.Single(), StringComparison.Ordinal);
        Assert.Empty(finding.QuietLaunches);
    }

    [Fact]
    public void A_run_whose_every_case_spreads_alike_is_a_noisy_machine_not_a_disturbed_case()
    {
        var finding = InterferenceRule.Assess("Case", Launches(10, 12, 14), [Quiet(0), Quiet(1), Quiet(2)], suiteLaunchSpread: 0.15, Defaults);

        Assert.False(finding.Disturbed);
    }

    [Fact]
    public void Unknown_accounting_is_not_evidence_of_interference()
    {
        var finding = InterferenceRule.Assess("Case", Launches(10.0, 10.1), [new LaunchLoad(0, 10, 9, null, null, 2)], null, Defaults);

        Assert.False(finding.Disturbed);
    }

    [Fact]
    public void A_calibration_that_moved_disturbs_every_launch_under_one_reason()
    {
        var loads = new[] { 0, 1, 2 }.Select(i => Quiet(i) with { CalibrationShift = -0.30 }).ToList();

        var finding = InterferenceRule.Assess("Case", Launches(10.0, 10.1, 9.9), loads, 0.02, Defaults);

        Assert.Equal("launches 1, 2, 3: the calibration probe ran 30% slower after the launches than before them (limit 15%)", finding.Reasons.Single());
        Assert.Empty(finding.QuietLaunches);
    }

    [Fact]
    public void A_launch_whose_own_witnesses_were_quiet_is_not_disturbed_by_a_calibration_that_moved_elsewhere_in_its_bracket()
    {
        // 20261205T160945Z inject125 trial 4: the start calibration ran in a burst (CPU probe 16.2 ms, then 8.6 ms after
        // the launches); the launches agreed within 0.010 and no neighbour was seen while they ran.
        var loads = new[] { 0, 1, 2 }.Select(i => Quiet(i) with { CalibrationShift = 0.89 }).ToList();
        var probed = new Dictionary<int, ThreadTimeUse> { [0] = new(0.99, 0.001, 0.33), [1] = new(0.99, 0.001, 0.34), [2] = new(0.99, 0.001, 0.33) };

        var cleared = InterferenceRule.Assess("Case", Launches(10.0, 10.1, 9.9), loads, 0.01, Defaults, probed, probeReferenceMs: 0.32);

        Assert.False(cleared.Disturbed);
        Assert.Equal([0, 1, 2], cleared.QuietLaunches);
    }

    [Fact]
    public void The_calibration_bracket_stands_where_the_launch_was_not_watched_closely()
    {
        var loads = new[] { 0, 1, 2 }.Select(i => Quiet(i) with { CalibrationShift = 0.89 }).ToList();
        var probed = new Dictionary<int, ThreadTimeUse> { [0] = new(0.99, 0.001, 0.33), [1] = new(0.99, 0.001), [2] = new(0.99, 0.001, 0.33) };
        var unknownAccounting = loads.Select(l => l with { ForeignCpuSeconds = null }).ToList();

        var noProbe = InterferenceRule.Assess("Case", Launches(10.0, 10.1, 9.9), loads, 0.01, Defaults, probed, probeReferenceMs: 0.32);
        var noReference = InterferenceRule.Assess("Case", Launches(10.0, 10.1, 9.9), loads, 0.01, Defaults, probed, probeReferenceMs: null);
        var probeOff = InterferenceRule.Assess("Case", Launches(10.0, 10.1, 9.9), loads, 0.01, Defaults with { MemoryProbeShift = 0 }, probed, probeReferenceMs: 0.32);
        var noAccounting = InterferenceRule.Assess("Case", Launches(10.0, 10.1, 9.9), unknownAccounting, 0.01, Defaults, probed, probeReferenceMs: 0.32);

        Assert.Equal("launch 2: the calibration probe ran 89% faster after the launches than before them (limit 15%)", noProbe.Reasons.Single());
        Assert.Equal([0, 2], noProbe.QuietLaunches);
        Assert.Empty(noReference.QuietLaunches);
        Assert.Empty(probeOff.QuietLaunches);
        Assert.Empty(noAccounting.QuietLaunches);
    }

    [Fact]
    public void A_launch_whose_probe_read_a_burst_keeps_the_probe_as_its_reason()
    {
        var loads = new[] { 0, 1 }.Select(i => Quiet(i) with { CalibrationShift = -0.40 }).ToList();
        var probed = new Dictionary<int, ThreadTimeUse> { [0] = new(0.99, 0.001, 0.33), [1] = new(0.99, 0.001, 0.45) };

        var finding = InterferenceRule.Assess("Case", Launches(10.0, 13.0), loads, 0.01, Defaults, probed, probeReferenceMs: 0.32);

        Assert.Contains("launch 2: the host's memory probe around it read 41% slower", finding.Reasons.Single(), StringComparison.Ordinal);
        Assert.Equal([0], finding.QuietLaunches);
        Assert.False(InterferenceRule.SeenQuiet(loads[1], probed[1], 0.32, Defaults));
        Assert.True(InterferenceRule.SeenQuiet(loads[0], probed[0], 0.32, Defaults));
    }

    [Theory]
    [InlineData(0.14, false)]
    [InlineData(0.16, true)]
    [InlineData(-0.12, false)]
    [InlineData(-0.14, true)]
    [InlineData(-1.0, true)]
    public void Calibration_moves_count_alike_in_both_directions(double shift, bool moved) =>
        Assert.Equal(moved, InterferenceRule.CalibrationMoved(shift, Defaults));

    [Fact]
    public void Calibration_shift_is_after_over_before_and_unknown_without_both()
    {
        Assert.Equal(-0.2, InterferenceRule.CalibrationShift(2.0, 1.6)!.Value, 12);
        Assert.Null(InterferenceRule.CalibrationShift(null, 1.6));
        Assert.Null(InterferenceRule.CalibrationShift(2.0, 0));
    }

    [Fact]
    public void Spread_is_the_sd_of_log_medians_and_needs_two_values()
    {
        Assert.Null(InterferenceRule.Spread([5.0]));
        Assert.Equal(Math.Log(2) / Math.Sqrt(2), InterferenceRule.Spread([1.0, 2.0])!.Value, 12);
        Assert.Equal(Math.Log(2) / Math.Sqrt(2), InterferenceRule.SuiteSpread([[1.0, 2.0], [3.0], [4.0, 8.0], [1.0, 1.0, 1.0]])!.Value / 1.0, 12);
    }

    [Fact]
    public void A_case_whose_thread_waited_for_a_cpu_is_disturbed_in_that_launch_only_even_when_the_launch_looked_quiet()
    {
        var times = new Dictionary<int, ThreadTimeUse> { [0] = new(0.97, 0.01), [1] = new(0.71, 0.27) };

        var finding = InterferenceRule.Assess("Case", Launches(10.0, 10.4, 9.9), [Quiet(0), Quiet(1), Quiet(2)], 0.02, Defaults, times);

        Assert.True(finding.Disturbed);
        Assert.Equal("launch 2: its benchmark thread waited for a CPU 27% of the time it was measured (on a CPU 71%; limit 5%)", finding.Reasons.Single());
        Assert.Equal([0, 2], finding.QuietLaunches);
    }

    [Theory]
    [InlineData(0.05, false)]
    [InlineData(0.051, true)]
    public void Waiting_counts_only_above_the_limit(double waited, bool disturbed) =>
        Assert.Equal(disturbed, InterferenceRule.Waited(new ThreadTimeUse(0.9, waited), Defaults) is not null);

    [Fact]
    public void A_launch_disturbed_by_its_load_keeps_that_reason_and_no_thread_time_is_no_evidence()
    {
        var loads = new[] { new LaunchLoad(0, 30, 29, ForeignCpuSeconds: 28, StealSeconds: 0, LogicalCores: 2) };

        var finding = InterferenceRule.Assess("Case", Launches(10.0), loads, null, Defaults, new Dictionary<int, ThreadTimeUse> { [0] = new(0.5, 0.5) });

        Assert.StartsWith("launch 1: other processes kept", finding.Reasons.Single(), StringComparison.Ordinal);
        Assert.Null(InterferenceRule.Waited(null, Defaults));
    }

    [Fact]
    public void A_launch_whose_memory_probe_read_slower_than_the_runs_quiet_readings_is_disturbed_by_the_host()
    {
        // The burst measured on this host: the case 1.6x slower, the 4 MB copy probe 0.62 -> 0.78 ms, steal and run queue at 0.
        var times = new Dictionary<int, ThreadTimeUse> { [0] = new(0.99, 0.0, 0.63), [1] = new(0.99, 0.0, 0.78), [2] = new(0.99, 0.0, 0.61) };

        var finding = InterferenceRule.Assess("Case", Launches(0.048, 0.077, 0.049), [Quiet(0), Quiet(1), Quiet(2)], 0.02, Defaults, times, probeReferenceMs: 0.62);

        Assert.True(finding.Disturbed);
        Assert.Equal("launch 2: the host's memory probe around it read 26% slower than the run's quiet readings (0.780 ms against 0.620 ms; limit 25%): host memory contention", finding.Reasons.Single());
        Assert.Equal([0, 2], finding.QuietLaunches);
    }

    [Theory]
    [InlineData(0.713, 0.15, false)]
    [InlineData(0.714, 0.15, true)]
    [InlineData(5.0, 0.0, false)]
    public void The_memory_probe_counts_only_above_the_limit_and_0_switches_it_off(double probeMs, double shift, bool disturbed) =>
        Assert.Equal(disturbed, InterferenceRule.Probed(new ThreadTimeUse(0.99, 0, probeMs), 0.62, Defaults with { MemoryProbeShift = shift }) is not null);

    [Fact]
    public void No_probe_reading_or_no_reference_is_no_evidence()
    {
        Assert.Null(InterferenceRule.Probed(new ThreadTimeUse(0.99, 0), 0.62, Defaults));
        Assert.Null(InterferenceRule.Probed(new ThreadTimeUse(0.99, 0, 9.0), null, Defaults));
        Assert.Null(InterferenceRule.Probed(null, 0.62, Defaults));
    }

    [Fact]
    public void The_probe_reference_is_the_lower_quartile_so_a_burst_over_most_of_the_run_still_leaves_a_quiet_level()
    {
        // Six quiet readings and ten burst ones: the quartile stays at the quiet level, a median would not.
        var readings = new[] { 0.61, 0.62, 0.60, 0.63, 0.62, 0.61 }.Concat(Enumerable.Repeat(0.80, 10));

        Assert.Equal(0.62, InterferenceRule.ProbeReference(readings)!.Value, 9);
        Assert.Null(InterferenceRule.ProbeReference([0.6, 0.7, 0.8]));
        Assert.Equal(0.6, InterferenceRule.ProbeReference([0.6, 0.7, 0.8, 0.9, double.NaN, -1])!.Value, 9);
    }

    [Theory]
    [InlineData(0.189, true)]
    [InlineData(0.061, true)]
    [InlineData(0.06, false)]
    [InlineData(0.016, false)]
    public void A_run_is_unsettled_only_when_its_launches_disagree_beyond_the_settled_limit(double suite, bool unsettled) =>
        Assert.Equal(unsettled, InterferenceRule.Unsettled(suite, Defaults) is not null);

    [Fact]
    public void An_unsettled_run_names_its_spread_and_the_limit_and_one_launch_or_a_zero_limit_is_no_witness()
    {
        Assert.Equal(
            "the run was unsettled: its launches disagreed by a median sd of log 0.189 over its cases (settled runs keep within 0.06), so it ran in the host's bursts",
            InterferenceRule.Unsettled(0.1893, Defaults));
        Assert.Null(InterferenceRule.Unsettled(null, Defaults));
        Assert.Null(InterferenceRule.Unsettled(0.5, Defaults with { SettledLaunchSpread = 0 }));
    }

    [Fact]
    public void An_unsettled_run_disturbs_every_launch_its_cases_own_witnesses_leave_unexplained_even_when_they_agree()
    {
        // The false alarm of 2026-12-05: all three launches of one case caught a burst, so they agree with each other.
        var loads = new[] { Quiet(0), new LaunchLoad(1, 30, 29, ForeignCpuSeconds: 28, StealSeconds: 0, LogicalCores: 2), Quiet(2) };
        var unsettled = InterferenceRule.Unsettled(0.189, Defaults);

        var finding = InterferenceRule.Assess("Case", Launches(10.0, 10.1, 9.9), loads, 0.189, Defaults, runDisturbance: unsettled);

        Assert.True(finding.Disturbed);
        Assert.Equal(2, finding.Reasons.Count);
        Assert.Equal("launches 1, 3: " + unsettled, finding.Reasons[0]);
        Assert.StartsWith("launch 2: other processes kept 0.93 of 2 cores busy", finding.Reasons[1], StringComparison.Ordinal);
        Assert.Empty(finding.QuietLaunches);
        Assert.False(InterferenceRule.Assess("Case", Launches(10.0, 10.1, 9.9), [Quiet(0), Quiet(1), Quiet(2)], 0.189, Defaults).Disturbed);
    }

    private static LaunchLoad Quiet(int index) => new(index, 30, 29, ForeignCpuSeconds: 0.6, StealSeconds: 0, LogicalCores: 2);

    private static List<(int Launch, double MedianNs)> Launches(params double[] milliseconds) =>
        milliseconds.Select((m, i) => (i, m * 1e6)).ToList();
}
