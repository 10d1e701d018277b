using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class GateConfigLoaderTests
{
    [Fact]
    public void Reads_thresholds_and_overrides_and_resolves_the_last_matching_override()
    {
        var config = GateConfigLoader.Parse(
            """
            { "fail_threshold": 0.2, "warn_threshold": 0.08, "alpha": 0.05,
              "overrides": [ { "category": "discovery", "fail_threshold": 0.3 },
                             { "match": "*Discover(FileCount: 10000)", "fail_threshold": 0.4, "allocation_tolerance_bytes": 256 } ] }
            """, "cfg.json");

        Assert.Equal(0.2, config.FailThreshold);
        Assert.Equal(0.05, config.Alpha);
        Assert.Equal(0.3, config.PolicyFor("X.Discover(FileCount: 100)", "discovery").FailThreshold);
        var most = config.PolicyFor("X.Discover(FileCount: 10000)", "discovery");
        Assert.Equal(0.4, most.FailThreshold);
        Assert.Equal(256, most.AllocationToleranceBytes);
        Assert.Equal(0.08, most.WarnThreshold);
        Assert.Equal(0.2, config.PolicyFor("Y.Load", "data-loading").FailThreshold);
        Assert.Equal(1e-3, most.AllocationRelativeTolerance);
        Assert.Equal(0, GateConfigLoader.Parse("{ \"allocation_relative_tolerance\": 0 }", "cfg.json").PolicyFor("Y.Load", null).AllocationRelativeTolerance);
        Assert.Equal(0.06, config.BaselineMaxLaunchSpread);
        Assert.Equal(0.1, GateConfigLoader.Parse("{ \"baseline_max_launch_spread\": 0.1 }", "cfg.json").BaselineMaxLaunchSpread);
        // One meaning of "settled": the interference rule's unsettled-run witness reads the same limit.
        Assert.Equal(0.1, GateConfigLoader.Parse("{ \"baseline_max_launch_spread\": 0.1, \"interference\": { \"foreign_cores\": 0.5 } }", "cfg.json").Interference.SettledLaunchSpread);
        Assert.Equal(0.06, GateConfigLoader.Parse("{}", "cfg.json").Interference.SettledLaunchSpread);
    }

    [Theory]
    [InlineData("{ \"fail_treshold\": 0.2 }", "unknown key 'fail_treshold'")]
    [InlineData("{ \"alpha\": 2 }", "'alpha' must be a number between")]
    [InlineData("{ \"allocation_relative_tolerance\": 0.5 }", "'allocation_relative_tolerance' must be a number between")]
    [InlineData("{ \"fail_threshold\": 0.1, \"warn_threshold\": 0.2 }", "warn_threshold must not exceed fail_threshold")]
    [InlineData("{ \"overrides\": [ { \"fail_threshold\": 0.3 } ] }", "needs 'match'")]
    [InlineData("{ \"overrides\": [ { \"match\": \"*\", \"treshold\": 0.3 } ] }", "unknown key 'treshold'")]
    [InlineData("[1]", "must be a JSON object")]
    [InlineData("{ \"ab_executor\": \"threads\" }", "'ab_executor' must be one of interleaved, processes")]
    [InlineData("{ \"ab_pairs\": 2 }", "'ab_pairs' must be a number between")]
    [InlineData("{", "not valid JSON")]
    [InlineData("{ \"leak_check\": { \"alpha\": 0.9 } }", "leak_check: 'alpha' must be a number between 0.0001 and 0.5, got 0.9")]
    [InlineData("{ \"leak_check\": { \"managed_slope_limit_mb\": 0 } }", "leak_check: 'managed_slope_limit_mb' must be a number between 0.01 and 1024")]
    [InlineData("{ \"leak_check\": { \"slope\": 1 } }", "leak_check: unknown key 'slope'")]
    [InlineData("{ \"leak_check\": 1 }", "'leak_check' must be an object")]
    [InlineData("{ \"bisect_remeasures\": 11 }", "'bisect_remeasures' must be a number between 0 and 10")]
    [InlineData("{ \"bisect_remeasure_launches\": 0 }", "'bisect_remeasure_launches' must be a number between 1 and 50")]
    [InlineData("{ \"ab_remeasures\": -1 }", "'ab_remeasures' must be a number between 0 and 10")]
    [InlineData("{ \"ab_fail_threshold\": -0.1 }", "'ab_fail_threshold' must be a number between 0 and 100")]
    [InlineData("{ \"fastest_launch_band_factor\": -1 }", "'fastest_launch_band_factor' must be a number between 0 and 100")]
    [InlineData("{ \"fastest_launch_mode_runs\": 1.5 }", "gate config: 'fastest_launch_mode_runs' must be a whole number, got 1.5")]
    [InlineData("{ \"fastest_launch_mode_runs\": -1 }", "'fastest_launch_mode_runs' must be a number between 0 and 1000")]
    [InlineData("{ \"ab_remeasure_launches\": 51 }", "'ab_remeasure_launches' must be a number between 1 and 50")]
    [InlineData("{ \"interference\": { \"run_queue_share\": 1.5 } }", "interference: 'run_queue_share' must be a number between 0 and 1")]
    [InlineData("{ \"interference\": { \"memory_probe_shift\": -0.1 } }", "interference: 'memory_probe_shift' must be a number between 0 and 10")]
    [InlineData("{ \"interference\": 1 }", "'interference' must be an object")]
    [InlineData("{ \"interference\": { \"foreign_core\": 0.3 } }", "interference: unknown key 'foreign_core'")]
    [InlineData("{ \"interference\": { \"steal_share\": 2 } }", "interference: 'steal_share' must be a number between 0 and 1")]
    [InlineData("{ \"interference\": { \"remeasure_launches\": 1.5 } }", "'remeasure_launches' must be a whole number")]
    [InlineData("{ \"interference\": { \"remeasure_rounds\": 1.5 } }", "interference: 'remeasure_rounds' must be a whole number")]
    [InlineData("{ \"keep_runs\": 5.5 }", "gate config: 'keep_runs' must be a whole number, got 5.5")]
    [InlineData("{ \"ab_launches\": 2.5 }", "gate config: 'ab_launches' must be a whole number")]
    [InlineData("{ \"interference\": { \"remeasure_rounds\": 0 } }", "interference: 'remeasure_rounds' must be a number between 1 and 5")]
    [InlineData("{ \"interference\": { \"quiet_wait_seconds\": 601 } }", "interference: 'quiet_wait_seconds' must be a number between 0 and 600")]
    [InlineData("{ \"interference\": { \"quiet_wait_seconds\": 2.5 } }", "interference: 'quiet_wait_seconds' must be a whole number")]
    [InlineData("{ \"report_confidence_level\": 95 }", "'report_confidence_level' must be a number between 0.5 and 0.9999")]
    [InlineData("{ \"report_interval_method\": \"t\" }", "'report_interval_method' must be one of student-t, bootstrap")]
    [InlineData("{ \"baseline_max_launch_spread\": -0.01 }", "'baseline_max_launch_spread' must be a number between 0 and 10")]
    public void Rejects_bad_config_naming_the_file(string json, string problem)
    {
        var e = Assert.Throws<GateInputException>(() => GateConfigLoader.Parse(json, "cfg.json"));

        Assert.Equal("cfg.json", e.File);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_report_intervals_with_95_percent_student_t_as_the_default()
    {
        var chosen = GateConfigLoader.Parse("{ \"report_confidence_level\": 0.9, \"report_interval_method\": \"bootstrap\" }", "cfg.json");

        Assert.Equal(new IntervalSettings(0.9, IntervalMethod.Bootstrap), chosen.ReportIntervals);
        Assert.Equal(IntervalSettings.Default, GateConfigLoader.Parse("{}", "cfg.json").ReportIntervals);
        Assert.Equal(new IntervalSettings(0.95, IntervalMethod.StudentT), GateConfigLoader.Parse("{}", "cfg.json").ReportIntervals);
    }

    [Fact]
    public void Reads_the_A_B_executor_settings_with_interleaved_as_the_default()
    {
        var config = GateConfigLoader.Parse("""{ "ab_executor": "processes", "ab_pairs": 40, "ab_batch_ms": 10 }""", "cfg.json");

        Assert.Equal((AbExecutor.Processes, 40, 10.0), (config.AbExecutor, config.AbPairs, config.AbBatchMilliseconds));
        Assert.Equal(AbExecutor.Interleaved, GateConfigLoader.Parse("{}", "cfg.json").AbExecutor);
    }

    [Fact]
    public void Reads_how_often_A_B_judging_and_Bisect_re_measure_once_and_twice_with_four_launches_by_default()
    {
        var config = GateConfigLoader.Parse("""{ "ab_remeasures": 0, "ab_remeasure_launches": 6, "bisect_remeasures": 0, "bisect_remeasure_launches": 8 }""", "cfg.json");
        var defaults = GateConfigLoader.Parse("{}", "cfg.json");

        Assert.Equal((0, 6, 0, 8), (config.AbRemeasures, config.AbRemeasureLaunches, config.BisectRemeasures, config.BisectRemeasureLaunches));
        Assert.Equal((1, 4, 2, 4), (defaults.AbRemeasures, defaults.AbRemeasureLaunches, defaults.BisectRemeasures, defaults.BisectRemeasureLaunches));
    }

    [Fact]
    public void Reads_the_fastest_launch_band_factor_with_1_as_the_default_and_0_switching_it_off()
    {
        Assert.Equal(0.0, GateConfigLoader.Parse("""{ "fastest_launch_band_factor": 0 }""", "cfg.json").FastestLaunchBandFactor);
        Assert.Equal(1.0, GateConfigLoader.Parse("{}", "cfg.json").FastestLaunchBandFactor);
    }

    [Fact]
    public void Reads_the_fastest_launch_mode_runs_with_2_as_the_default_and_0_switching_the_exception_off()
    {
        Assert.Equal(0, GateConfigLoader.Parse("""{ "fastest_launch_mode_runs": 0 }""", "cfg.json").FastestLaunchModeRuns);
        Assert.Equal(3, GateConfigLoader.Parse("""{ "fastest_launch_mode_runs": 3 }""", "cfg.json").FastestLaunchModeRuns);
        Assert.Equal(2, GateConfigLoader.Parse("{}", "cfg.json").FastestLaunchModeRuns);
    }

    [Fact]
    public void Reads_the_side_by_side_fail_threshold_and_defaults_it_to_5_percent()
    {
        Assert.Equal(0.08, GateConfigLoader.Parse("""{ "ab_fail_threshold": 0.08 }""", "cfg.json").AbFailThreshold);
        Assert.Equal(0.05, GateConfigLoader.Parse("{}", "cfg.json").AbFailThreshold);
    }

    [Fact]
    public void Reads_the_interference_thresholds_and_keeps_the_documented_defaults_for_the_rest()
    {
        var config = GateConfigLoader.Parse("""{ "interference": { "foreign_cores": 0.5, "calibration_shift": 0.2, "memory_probe_shift": 0.2, "remeasure_launches": 0, "remeasure_rounds": 3, "quiet_wait_seconds": 0, "$comment_x": "why" } }""", "cfg.json");

        Assert.Equal(new Core.Interference.InterferenceThresholds(ForeignCores: 0.5, CalibrationShift: 0.2, MemoryProbeShift: 0.2), config.Interference);
        Assert.Equal((0, 3, 0), (config.RemeasureLaunches, config.RemeasureRounds, config.QuietWaitSeconds));
        var defaults = GateConfigLoader.Parse("{}", "cfg.json");
        Assert.Equal((0.25, 0.05, 0.10, 3.0, 0.15, 0.25, 2, 2), (defaults.Interference.ForeignCores, defaults.Interference.StealShare, defaults.Interference.LaunchSpread,
            defaults.Interference.LaunchSpreadVsSuite, defaults.Interference.CalibrationShift, defaults.Interference.MemoryProbeShift, defaults.RemeasureLaunches, defaults.RemeasureRounds));
    }

    [Fact]
    public void Reads_the_leak_check_rule_and_passes_it_to_the_leak_check_command_line()
    {
        var defaults = GateConfigLoader.Parse("{}", "cfg.json");
        var config = GateConfigLoader.Parse("""{ "leak_check": { "managed_slope_limit_mb": 2.5, "alpha": 0.05 } }""", "cfg.json");
        var options = new FlyRigLoader.Gate.Options.BuildOptions();

        Assert.Equal((1.0, 0.01), (defaults.LeakManagedSlopeLimitMb, defaults.LeakAlpha));
        Assert.Equal((2.5, 0.05), (config.LeakManagedSlopeLimitMb, config.LeakAlpha));
        Assert.Equal(
            ["--profile", "default", "--leak-check", "leak.json", "--leak-managed-slope-mb", "2.5", "--leak-alpha", "0.05"],
            FlyRigLoader.Gate.Pipeline.BdnArguments.LeakCheck(options, "leak.json", config));
    }

    [Fact]
    public void The_committed_config_file_is_valid()
    {
        var path = Path.Combine(RepoRoot(), "baselines", "gate-config.json");
        var config = GateConfigLoader.Load(path, optional: false);
        Assert.Equal(0.15, config.FailThreshold);
        // The committed file spells out the documented defaults, each with its reason.
        Assert.Equal(new Core.Interference.InterferenceThresholds(), config.Interference);
        Assert.Equal(2, config.RemeasureLaunches);
        Assert.Equal(new GateConfig().FastestLaunchBandFactor, config.FastestLaunchBandFactor);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "build.sh")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
