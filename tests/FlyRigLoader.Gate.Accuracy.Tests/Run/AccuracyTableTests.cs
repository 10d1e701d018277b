using FlyRigLoader.Gate.Accuracy.Run;
using FlyRigLoader.Gate.Accuracy.Trials;
using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Accuracy.Tests.Run;

public sealed class AccuracyTableTests
{
    [Fact]
    public void The_table_has_a_row_per_measure_with_trials_outcomes_rate_bar_and_met()
    {
        var text = AccuracyTable.Render(AccuracyReportBuilderTests.Sample());

        var lines = text.Split('\n');
        Assert.StartsWith("Accuracy of this gate on this machine (20261203T061825Z-9f6db60, profile default, 162 min):", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^\| experiment +\| measure +\| trials \| outcomes +\| rate +\| bar +\| met \|$", lines[1]);
        Assert.True(lines.Any(l => l.StartsWith("| aa ", StringComparison.Ordinal) && l.Contains("| no allocation REGRESSION ", StringComparison.Ordinal) && l.Contains("| 4/4 (100%) ", StringComparison.Ordinal) && l.EndsWith("| yes |", StringComparison.Ordinal)), text);
        Assert.True(lines.Any(l => l.StartsWith("| alloc ", StringComparison.Ordinal) && l.Contains("error 1 exact 1", StringComparison.Ordinal) && l.Contains("| 1/2 (50%) ", StringComparison.Ordinal) && l.EndsWith("| NO  |", StringComparison.Ordinal)), text);
        Assert.Contains("error: alloc trial 2: the suite run failed (exit 2)", text, StringComparison.Ordinal);
        Assert.Equal(9, lines.Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - 1);
    }

    [Fact]
    public void The_target_s_first_look_resolution_is_summarized_per_experiment_that_recorded_one()
    {
        var sample = AccuracyReportBuilderTests.Sample();
        var first = sample.Experiments.First(e => e.Trials.Count >= 2);
        var withResolution = sample with
        {
            Experiments = [.. sample.Experiments.Select(e => e != first ? e : e with { Trials = [.. e.Trials.Select((t, i) => t with { TargetResolution = 0.6 + (0.2 * i) })] })],
        };
        var n = first.Trials.Count;

        var text = AccuracyTable.Render(withResolution);

        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{first.Name}: the first look could call a REGRESSION on the target from +{(0.6 + (0.2 * (n - 1) / 2.0)) * 100:0}% (median; +60–{(0.6 + (0.2 * (n - 1))) * 100:0}% over {n} trials)"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("could call a REGRESSION", AccuracyTable.Render(sample), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_experiment_s_outcomes_are_split_between_settled_and_unsettled_runs_so_a_quiet_run_s_worth_shows()
    {
        var sample = AccuracyReportBuilderTests.Sample();
        var first = sample.Experiments.First(e => e.Trials.Count >= 2);
        var split = sample with
        {
            Baseline = (sample.Baseline ?? new AccuracyBaseline("artifacts/accuracy/baselines/x.json", 1, [])) with { MaxLaunchSpread = 0.06 },
            Experiments = [.. sample.Experiments.Select(e => e != first ? e : e with
            {
                Trials = [.. e.Trials.Select((t, i) => t with
                {
                    LaunchSpread = i == 0 ? 0.2 : 0.03,
                    Outcomes = new Dictionary<string, string>(StringComparer.Ordinal) { ["time"] = i == 0 ? "suspected" : "exact" },
                })],
            })],
        };
        var n = first.Trials.Count;

        var text = AccuracyTable.Render(split);

        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{first.Name}: {n - 1} of {n} runs settled (launches within 0.06); time on settled runs: exact {n - 1}; on unsettled: suspected 1"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("runs settled", AccuracyTable.Render(split with { Baseline = split.Baseline! with { MaxLaunchSpread = 0 } }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_trial_is_exit_2_a_missed_bar_is_exit_1_only_with_require_bars_and_the_missed_bars_are_named()
    {
        var failed = AccuracyReportBuilderTests.Sample();
        var missedOnly = failed with { Errors = [] };
        var allMet = missedOnly with { Experiments = [.. missedOnly.Experiments.Select(e => e with { Scores = [.. e.Scores.Select(s => s with { Met = true })] })] };
        using var output = new StringWriter();

        Assert.Equal(2, AccuracyTable.ExitCode(failed, requireBars: false, output));
        Assert.Equal(0, AccuracyTable.ExitCode(missedOnly, requireBars: false, output));
        Assert.Equal(1, AccuracyTable.ExitCode(missedOnly, requireBars: true, output));
        Assert.Equal(0, AccuracyTable.ExitCode(allMet, requireBars: true, output));
        Assert.Contains("Bars missed (", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("alloc (allocation REGRESSION on the target and no other: 1/2, bar >= 2/2)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Every bar was met.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_progress_line_names_the_flagged_cases_the_outcome_the_load_and_the_time_left()
    {
        var result = new TrialResult("r", DateTimeOffset.UnixEpoch, 231, 1, [1.25, 1, 1], [1.5, 1, 1],
            new TrialVerdicts(["FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile(Size: small)"], [], ["N.T.M"], [], [], []), null, null);

        var line = AccuracyTable.ProgressLine("[round 1/10] inject125 1/10", result, new Dictionary<string, string> { ["time"] = "exact" }, TimeSpan.FromMinutes(30), 7, 75, 3600);

        Assert.Equal(
            "[round 1/10] inject125 1/10: exit 1 R=ConfigSmokeBenchmarks.LoadFromFile(Size:small) S=- A=- SLA=- no-verdict=T.M => time exact | load 1.25 -> 1.50 | 231 s | 7/75 trials, 30 min elapsed, ~60 min left",
            line);
    }

    [Fact]
    public void The_header_says_how_many_suite_runs_and_A_B_trials_the_run_makes()
    {
        var header = AccuracyTable.Header(AccuracyPlan.From(new BuildOptions()), "20261203T061825Z-9f6db60", "/r");

        Assert.Contains("75 suite run(s) and 20 interleaved A/B run(s)", header, StringComparison.Ordinal);
        Assert.Contains("target benchmark *ConfigSmokeBenchmarks.LoadFromFile*; scratch baseline of 5 run(s)", header, StringComparison.Ordinal);
    }
}
