using FlyRigLoader.Gate.Accuracy.Experiments;
using FlyRigLoader.Gate.Accuracy.Run;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Accuracy.Tests.Run;

public sealed class AccuracyPlanTests
{
    [Fact]
    public void The_default_plan_runs_every_experiment_with_ten_trials_a_five_run_baseline_and_the_default_target()
    {
        var plan = AccuracyPlan.From(new BuildOptions());

        Assert.Equal(["spread", "aa", "inject125", "inject110", "alloc", "neighbour", "against-aa", "against110"], plan.Experiments.Select(e => e.Name));
        Assert.Equal((10, 5, ExperimentCatalog.DefaultTarget), (plan.Trials, plan.BaselineRuns, plan.Target));
        Assert.True(plan.NeedsBaseline && plan.NeedsTarget && !plan.NeighbourNeedsQuietRuns);
        // 5 baseline + 10 spread + 20 A/A + 10 x1.25 + 10 x1.10 + 10 +1 KB + 10 neighbour; 10 + 10 A/B.
        Assert.Equal((75, 20), (plan.SuiteRuns, plan.AbRuns));
    }

    [Fact]
    public void Rounds_give_every_experiment_its_next_trials_in_turn_and_a_a_two_per_round()
    {
        var plan = AccuracyPlan.From(new BuildOptions { Trials = 2, Experiments = ["inject125", "aa"] });

        Assert.Equal(
            ["1 aa 1", "1 aa 2", "1 inject125 1", "2 aa 3", "2 aa 4", "2 inject125 2"],
            plan.Schedule().Select(t => $"{t.Round} {t.Experiment.Name} {t.Index}"));
    }

    [Fact]
    public void The_neighbour_without_a_a_makes_its_own_quiet_runs_and_spread_alone_needs_no_baseline_or_target()
    {
        var neighbour = AccuracyPlan.From(new BuildOptions { Trials = 3, Experiments = ["neighbour"] });
        Assert.Equal((true, 3 + 3 + 5), (neighbour.NeighbourNeedsQuietRuns, neighbour.SuiteRuns));

        var spread = AccuracyPlan.From(new BuildOptions { Experiments = ["spread"] });
        Assert.False(spread.NeedsBaseline || spread.NeedsTarget);
        Assert.Equal(10, spread.SuiteRuns);
    }

    [Theory]
    [InlineData(0, 5, "--trials")]
    [InlineData(101, 5, "--trials")]
    [InlineData(10, 0, "--baseline-runs")]
    public void Counts_out_of_range_are_refused_naming_the_option(int trials, int baselineRuns, string option)
    {
        var e = Assert.Throws<GateInputException>(() => AccuracyPlan.From(new BuildOptions { Trials = trials, BaselineRuns = baselineRuns }));
        Assert.Equal(option, e.File);
    }

    [Fact]
    public void A_target_of_only_stars_and_an_unknown_experiment_are_refused()
    {
        Assert.Equal("--target-benchmark", Assert.Throws<GateInputException>(() => AccuracyPlan.From(new BuildOptions { TargetBenchmark = "**" })).File);
        var e = Assert.Throws<GateInputException>(() => AccuracyPlan.From(new BuildOptions { Experiments = ["aa", "inject150"] }));
        Assert.Contains("unknown experiment(s) inject150; valid: spread, aa,", e.Problem, StringComparison.Ordinal);
    }
}
