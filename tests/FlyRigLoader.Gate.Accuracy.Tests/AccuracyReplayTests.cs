using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Accuracy.Tests;

/// <summary>The replay's pure core: judging one trial and counting the accuracy bar.</summary>
public sealed class AccuracyReplayTests
{
    private const string Target = "*PickleLoadBenchmarks.Load(SizeMb: 1)";

    private static readonly GateConfig Config = new() { BootstrapResamples = 0 };

    private static readonly LoadedBaseline Baseline = new(Synthetic.Baseline(), "synthetic", true);

    private static ReplayTrial Trial(TrialKind kind, string? target = null, double? factor = null, LoggedVerdicts? logged = null) =>
        new("run", kind, target, factor, logged, false);

    [Fact]
    public void An_injected_slowdown_is_scored_exact_when_only_the_target_regresses()
    {
        var slowed = Synthetic.Run(99, slow: new Dictionary<string, double> { [Synthetic.Names[0]] = 1.5 });

        var outcome = AccuracyReplay.Replay(Trial(TrialKind.Inject, Target, 1.25), Baseline, slowed, Config);
        var score = AccuracyReplay.Score([outcome]);

        Assert.True(outcome.TargetRegressed);
        Assert.False(outcome.OtherRegressed);
        Assert.InRange(outcome.TargetRatio!.Value, 1.4, 1.6);
        var inject = Assert.Single(score.Injects);
        Assert.Equal((1.25, 1, 1, 1, 0), (inject.Factor, inject.Trials, inject.Exact, inject.Flagged, inject.OtherAlarms));
    }

    [Fact]
    public void The_target_glob_does_not_match_a_longer_parameter_value()
    {
        // "SizeMb: 1" must not match "SizeMb: 10": a slowed neighbour is an alarm elsewhere, not a detection.
        var slowed = Synthetic.Run(99, slow: new Dictionary<string, double> { [Synthetic.Names[1]] = 1.5 });

        var outcome = AccuracyReplay.Replay(Trial(TrialKind.Inject, Target, 1.25), Baseline, slowed, Config);

        Assert.False(outcome.TargetRegressed);
        Assert.True(outcome.OtherRegressed);
        Assert.Equal(0, AccuracyReplay.Score([outcome]).Injects[0].Exact);
    }

    [Fact]
    public void A_and_A_alloc_and_burner_trials_are_counted_separately()
    {
        var clean = Synthetic.Run(77);
        var allocating = Synthetic.Run(78, extraBytes: new Dictionary<string, double> { [Synthetic.Names[0]] = 1024 });
        var slowedAll = Synthetic.Run(79, slow: Synthetic.Names.ToDictionary(n => n, _ => 1.5));

        var score = AccuracyReplay.Score(
        [
            AccuracyReplay.Replay(Trial(TrialKind.AA), Baseline, clean, Config),
            AccuracyReplay.Replay(Trial(TrialKind.Alloc, Target), Baseline, allocating, Config),
            AccuracyReplay.Replay(Trial(TrialKind.Burner), Baseline, slowedAll, Config),
        ]);

        Assert.Equal((1, 0, 0), (score.AaTrials, score.AaTimeAlarms, score.AaAllocationAlarms));
        Assert.Equal((1, 1, 0), (score.AllocTrials, score.AllocHits, score.AllocRunTimeAlarms));
        Assert.Equal((1, 0), (score.BurnerTrials, score.BurnerAlarms));
        Assert.Equal((2, 0), (score.NonAllocTrials, score.AllocationFalseAlarms));
    }

    [Fact]
    public void Reproduction_compares_only_the_verdict_sets_the_script_logged()
    {
        var slowed = Synthetic.Run(99, slow: new Dictionary<string, double> { [Synthetic.Names[0]] = 1.5 });
        var name = AccuracyReplay.LogName(Synthetic.Names[0]);

        var same = AccuracyReplay.Replay(Trial(TrialKind.Inject, Target, 1.25, new LoggedVerdicts(1, [name], [], null)), Baseline, slowed, Config);
        var other = AccuracyReplay.Replay(Trial(TrialKind.Inject, Target, 1.25, new LoggedVerdicts(0, [], [name], null)), Baseline, slowed, Config);
        var unlogged = AccuracyReplay.Replay(Trial(TrialKind.Inject, Target, 1.25), Baseline, slowed, Config);

        Assert.True(same.ReproducesLog);
        Assert.False(other.ReproducesLog);
        Assert.Null(unlogged.ReproducesLog);
        Assert.Equal((2, 1), (AccuracyReplay.Score([same, other, unlogged]).Logged, AccuracyReplay.Score([same, other, unlogged]).Reproduced));
    }

    [Fact]
    public void Pooled_runs_are_judged_together_and_an_empty_pool_is_refused()
    {
        var runs = new[] { 99, 100, 101 }.Select(seed => Synthetic.Run(seed, slow: new Dictionary<string, double> { [Synthetic.Names[0]] = 1.5 })).ToList();

        var pooled = AccuracyReplay.Replay(Trial(TrialKind.Inject, Target, 1.25), Baseline, runs, Config);

        Assert.True(pooled.TargetRegressed);
        Assert.Throws<ArgumentException>(() => AccuracyReplay.Replay(Trial(TrialKind.AA), Baseline, Array.Empty<MeasuredRun>(), Config));
    }

    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile(Size: \"small\")", "FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile(Size:\"small\")")]
    [InlineData("A.B.C(X: \\\"y\\\")", "A.B.C(X:\"y\")")]
    public void Log_names_drop_spaces_and_json_escapes_like_the_scripts(string fullName, string logged) =>
        Assert.Equal(logged, AccuracyReplay.LogName(fullName));
}
