using FlyRigLoader.Gate.Accuracy.Experiments;
using FlyRigLoader.Gate.Contracts.Accuracy;

namespace FlyRigLoader.Gate.Accuracy.Tests.Experiments;

/// <summary>Each experiment's trials scored from synthetic verdict lists against issue 13's bars.</summary>
public sealed class TrialScoringTests
{
    private const string Target = "*ConfigSmokeBenchmarks.LoadFromFile*";
    private const string TargetCase = "FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile(Size: small)";
    private const string Other = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadGzipPickle(SizeMb: 10)";

    private static TrialVerdicts V(
        string[]? regression = null, string[]? suspected = null, string[]? inconclusive = null, string[]? incomparable = null, string[]? allocation = null, string[]? sla = null) =>
        new(regression ?? [], suspected ?? [], inconclusive ?? [], incomparable ?? [], allocation ?? [], sla ?? []);

    private static string Outcome(ExperimentKind kind, TrialVerdicts? verdicts, string measure = "time", IReadOnlyList<TrialVerdicts>? quiet = null) =>
        TrialScoring.Classify(kind, verdicts, Target, quiet ?? [])[measure];

    private static ExperimentTrial Trial(int index, ExperimentKind kind, TrialVerdicts? verdicts, IReadOnlyList<TrialVerdicts>? quiet = null) =>
        new(index, "run" + index, "2026-12-03T06:00:00Z", 1, verdicts is null ? null : 0, null, null, verdicts,
            TrialScoring.Classify(kind, verdicts, Target, quiet ?? []), [], verdicts is null ? "failed" : null);

    [Fact]
    public void A_single_run_A_A_with_any_time_regression_is_a_false_alarm_and_suspected_or_no_verdict_is_not()
    {
        Assert.Equal("false-alarm", Outcome(ExperimentKind.Aa, V(regression: [Other], suspected: [TargetCase])));
        Assert.Equal("suspected", Outcome(ExperimentKind.Aa, V(suspected: [Other])));
        Assert.Equal("no-verdict", Outcome(ExperimentKind.Aa, V(inconclusive: [Other])));
        Assert.Equal("no-verdict", Outcome(ExperimentKind.Aa, V(incomparable: [Other])));
        Assert.Equal("clean", Outcome(ExperimentKind.Aa, V()));
        Assert.Equal("false-alarm", Outcome(ExperimentKind.Aa, V(allocation: [Other]), "allocation"));
        Assert.Equal("clean", Outcome(ExperimentKind.Aa, V(regression: [Other]), "allocation"));
    }

    [Fact]
    public void A_A_meets_its_bar_with_one_false_alarm_in_twenty_and_misses_it_with_two()
    {
        var one = Enumerable.Range(1, 20).Select(i => Trial(i, ExperimentKind.Aa, i == 7 ? V(regression: [Other]) : V(suspected: i == 3 ? [Other] : null))).ToList();
        var two = one.Select(t => t.Index == 8 ? Trial(8, ExperimentKind.Aa, V(regression: [TargetCase])) : t).ToList();

        var time = ExperimentScorer.Score(ExperimentKind.Aa, one, 20)[0];
        Assert.Equal((19, 20, ">= 19/20", true), (time.Successes, time.Trials, time.Bar, time.Met));
        Assert.Equal(new Dictionary<string, int> { ["clean"] = 18, ["false-alarm"] = 1, ["suspected"] = 1 }, time.Outcomes);
        Assert.False(ExperimentScorer.Score(ExperimentKind.Aa, two, 20)[0].Met);
        var allocation = ExperimentScorer.Score(ExperimentKind.Aa, one, 20)[1];
        Assert.Equal(("no allocation REGRESSION", 20, true), (allocation.Measure, allocation.Successes, allocation.Met));
    }

    [Fact]
    public void Injected_x1_25_counts_only_a_regression_on_the_target_and_on_no_other()
    {
        Assert.Equal("exact", Outcome(ExperimentKind.Inject125, V(regression: [TargetCase], suspected: [Other])));
        Assert.Equal("target-and-other", Outcome(ExperimentKind.Inject125, V(regression: [TargetCase, Other])));
        Assert.Equal("other-only", Outcome(ExperimentKind.Inject125, V(regression: [Other], suspected: [TargetCase])));
        Assert.Equal("suspected", Outcome(ExperimentKind.Inject125, V(suspected: [TargetCase])));
        Assert.Equal("no-verdict", Outcome(ExperimentKind.Inject125, V(inconclusive: [TargetCase])));
        Assert.Equal("missed", Outcome(ExperimentKind.Inject125, V(suspected: [Other])));

        var trials = Enumerable.Range(1, 10).Select(i => Trial(i, ExperimentKind.Inject125, i == 10 ? V(suspected: [TargetCase]) : V(regression: [TargetCase]))).ToList();
        var score = Assert.Single(ExperimentScorer.Score(ExperimentKind.Inject125, trials, 10));
        Assert.Equal((9, ">= 9/10", true), (score.Successes, score.Bar, score.Met));
        var twoMisses = trials.Take(8).Concat([Trial(9, ExperimentKind.Inject125, V(regression: [TargetCase, Other])), Trial(10, ExperimentKind.Inject125, V())]).ToList();
        var missed = ExperimentScorer.Score(ExperimentKind.Inject125, twoMisses, 10)[0];
        Assert.Equal((8, false), (missed.Successes, missed.Met));
        Assert.Equal(new Dictionary<string, int> { ["exact"] = 8, ["missed"] = 1, ["target-and-other"] = 1 }, missed.Outcomes);
    }

    [Fact]
    public void Injected_x1_10_needs_at_least_suspected_on_the_target_and_inconclusive_is_no_detection()
    {
        Assert.Equal("regression", Outcome(ExperimentKind.Inject110, V(regression: [TargetCase])));
        Assert.Equal("suspected", Outcome(ExperimentKind.Inject110, V(suspected: [TargetCase])));
        Assert.Equal("no-verdict", Outcome(ExperimentKind.Inject110, V(inconclusive: [TargetCase])));
        Assert.Equal("missed", Outcome(ExperimentKind.Inject110, V(suspected: [Other])));

        var trials = Enumerable.Range(1, 10).Select(i => Trial(i, ExperimentKind.Inject110, i <= 2 ? V(incomparable: [TargetCase]) : V(suspected: [TargetCase]))).ToList();
        var score = ExperimentScorer.Score(ExperimentKind.Inject110, trials, 10)[0];
        Assert.Equal((8, false), (score.Successes, score.Met));
    }

    [Fact]
    public void Plus_one_kilobyte_needs_an_allocation_regression_on_the_target_alone_in_every_trial()
    {
        Assert.Equal("exact", Outcome(ExperimentKind.Alloc, V(allocation: [TargetCase], regression: [Other]), "allocation"));
        Assert.Equal("target-and-other", Outcome(ExperimentKind.Alloc, V(allocation: [TargetCase, Other]), "allocation"));
        Assert.Equal("missed", Outcome(ExperimentKind.Alloc, V(suspected: [TargetCase]), "allocation"));

        var trials = Enumerable.Range(1, 10).Select(i => Trial(i, ExperimentKind.Alloc, V(allocation: [TargetCase]))).ToList();
        Assert.True(ExperimentScorer.Score(ExperimentKind.Alloc, trials, 10)[0].Met);
        var one = ExperimentScorer.Score(ExperimentKind.Alloc, [.. trials.Take(9), Trial(10, ExperimentKind.Alloc, V())], 10)[0];
        Assert.Equal((9, ">= 10/10", false), (one.Successes, one.Bar, one.Met));
    }

    [Fact]
    public void The_neighbour_is_judged_against_the_quiet_runs_of_its_round()
    {
        IReadOnlyList<TrialVerdicts> quiet = [V(regression: [Other], sla: [Other]), V()];

        Assert.Equal("clean", Outcome(ExperimentKind.Neighbour, V(regression: [Other], sla: [Other], suspected: [TargetCase], inconclusive: [TargetCase]), "sla-and-time", quiet));
        Assert.Equal("sla-fail", Outcome(ExperimentKind.Neighbour, V(sla: [TargetCase]), "sla-and-time", quiet));
        Assert.Equal("regression", Outcome(ExperimentKind.Neighbour, V(regression: [TargetCase]), "sla-and-time", quiet));
        Assert.Equal("sla-fail-and-regression", Outcome(ExperimentKind.Neighbour, V(regression: [TargetCase], sla: [TargetCase]), "sla-and-time", []));
    }

    [Fact]
    public void Against_A_A_is_clean_without_time_or_allocation_regressions_and_against_x1_10_needs_the_exact_regression()
    {
        Assert.Equal("false-alarm", Outcome(ExperimentKind.AgainstAa, V(allocation: [Other])));
        Assert.Equal("suspected", Outcome(ExperimentKind.AgainstAa, V(suspected: [Other])));
        Assert.Equal("exact", Outcome(ExperimentKind.Against110, V(regression: [TargetCase])));
        Assert.Equal("other-only", Outcome(ExperimentKind.Against110, V(regression: [Other])));
    }

    [Fact]
    public void A_failed_trial_is_an_error_and_trials_never_run_count_as_misses()
    {
        Assert.Equal("error", Outcome(ExperimentKind.Inject125, null));

        var trials = Enumerable.Range(1, 8).Select(i => Trial(i, ExperimentKind.Inject125, i == 1 ? null : V(regression: [TargetCase]))).ToList();
        var score = ExperimentScorer.Score(ExperimentKind.Inject125, trials, 10)[0];

        Assert.Equal((7, 10, false), (score.Successes, score.Trials, score.Met));
        Assert.Equal(new Dictionary<string, int> { ["exact"] = 7, ["error"] = 1, ["not-run"] = 2 }, score.Outcomes);
    }

    [Fact]
    public void The_target_glob_matches_a_case_by_its_full_name_or_its_method()
    {
        Assert.True(TargetMatch.IsTarget(Target, TargetCase));
        Assert.True(TargetMatch.IsTarget("FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile", TargetCase));
        Assert.False(TargetMatch.IsTarget(Target, "FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadFromFile(Size: small)"));
    }

    [Theory]
    [InlineData(0.9, 10, 9)]
    [InlineData(0.9, 3, 3)]
    [InlineData(0.95, 20, 19)]
    [InlineData(0.95, 2, 2)]
    [InlineData(1.0, 10, 10)]
    public void A_bar_keeps_its_rate_rounded_up_to_whole_trials(double rate, int trials, int required)
    {
        Assert.Equal(required, new Bar(rate).Required(trials));
        Assert.False(new Bar(rate).IsMet(0, 0));
    }

    [Fact]
    public void With_confirm_single_run_experiments_are_scored_again_on_the_confirmed_verdicts_under_the_same_bars()
    {
        Assert.Equal(["time", "time+confirm"], TrialScoring.MeasuresOf(ExperimentKind.Inject125, confirm: true).Select(m => m.Key));
        Assert.Equal(["time", "allocation", "time+confirm", "allocation+confirm"], TrialScoring.MeasuresOf(ExperimentKind.Aa, confirm: true).Select(m => m.Key));
        Assert.Equal(["time"], TrialScoring.MeasuresOf(ExperimentKind.Against110, confirm: true).Select(m => m.Key));
        Assert.Equal(["time"], TrialScoring.MeasuresOf(ExperimentKind.Inject125).Select(m => m.Key));
        Assert.Equal("REGRESSION on the target and no other, after --confirm", TrialScoring.MeasuresOf(ExperimentKind.Inject125, confirm: true)[1].Text);

        var first = V(suspected: [TargetCase]);
        var outcomes = TrialScoring.WithConfirmed(ExperimentKind.Inject125, TrialScoring.Classify(ExperimentKind.Inject125, first, Target, []), V(regression: [TargetCase]), Target, []);
        Assert.Equal(new Dictionary<string, string> { ["time"] = "suspected", ["time+confirm"] = "exact" }, outcomes);
        var failed = TrialScoring.WithConfirmed(ExperimentKind.Inject125, TrialScoring.Classify(ExperimentKind.Inject125, first, Target, []), null, Target, []);
        Assert.Equal("error", failed["time+confirm"]);

        var trials = Enumerable.Range(1, 10).Select(i => new ExperimentTrial(
            i, "run" + i, "2026-12-04T18:00:00Z", 1, 0, null, null, first,
            TrialScoring.WithConfirmed(ExperimentKind.Inject125, TrialScoring.Classify(ExperimentKind.Inject125, first, Target, []), i == 4 ? V(suspected: [TargetCase]) : V(regression: [TargetCase]), Target, []),
            [], null)).ToList();
        var scores = ExperimentScorer.Score(ExperimentKind.Inject125, trials, 10, confirm: true);
        Assert.Equal([("0/10", false), ("9/10", true)], scores.Select(s => (s.Observed, s.Met)));
    }
}
