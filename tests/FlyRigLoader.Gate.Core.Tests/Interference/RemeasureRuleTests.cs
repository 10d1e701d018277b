using FlyRigLoader.Gate.Core.Interference;

namespace FlyRigLoader.Gate.Core.Tests.Interference;

/// <summary>A failing case under interference is measured again; persistent interference is INCONCLUSIVE, never a pass.</summary>
public sealed class RemeasureRuleTests
{
    private static readonly InterferenceFinding Clean = new("Case", [], [0, 1, 2]);
    private static readonly InterferenceFinding Busy = new("Case", ["launch 2: other processes kept 0.95 of 2 cores busy"], [0, 2]);
    private static readonly InterferenceFinding AllBusy = new("Case", ["launch 4: busy", "launch 5: busy"], []);

    [Fact]
    public void Only_failing_cases_that_were_disturbed_are_measured_again()
    {
        var findings = new Dictionary<string, InterferenceFinding> { ["A"] = Busy with { FullName = "A" }, ["B"] = Clean with { FullName = "B" }, ["C"] = Busy with { FullName = "C" } };

        Assert.Equal(["A"], RemeasureRule.ToRemeasure(["A", "B", "A"], findings));
    }

    [Fact]
    public void An_undisturbed_first_measurement_keeps_its_verdict()
    {
        Assert.Equal(RemeasureOutcome.Undisturbed, RemeasureRule.Decide(Clean, null).Outcome);
    }

    [Fact]
    public void A_quiet_re_measurement_decides_alone()
    {
        var again = new InterferenceFinding("Case", [], [3, 4]);

        var decision = RemeasureRule.Decide(Busy, again);

        Assert.Equal(RemeasureOutcome.UseQuietLaunches, decision.Outcome);
        Assert.Equal([3, 4], decision.Launches);
    }

    [Fact]
    public void A_partly_disturbed_re_measurement_is_judged_on_its_quiet_launches()
    {
        var again = new InterferenceFinding("Case", ["launch 5: busy"], [3]);

        Assert.Equal([3], RemeasureRule.Decide(Busy, again).Launches);
    }

    [Fact]
    public void Interference_that_persists_is_inconclusive_with_both_reasons()
    {
        var decision = RemeasureRule.Decide(Busy, AllBusy);

        Assert.Equal(RemeasureOutcome.Inconclusive, decision.Outcome);
        Assert.Contains("0.95 of 2 cores", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("launch 5: busy", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_re_measurement_that_could_not_run_is_inconclusive_and_says_why()
    {
        var decision = RemeasureRule.Decide(Busy, null, "the re-measure launch exited with 3");

        Assert.Equal(RemeasureOutcome.Inconclusive, decision.Outcome);
        Assert.EndsWith("re-measuring was not possible (the re-measure launch exited with 3)", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_re_measurement_whose_every_launch_was_disturbed_earns_another_round()
    {
        var partly = new InterferenceFinding("Case", ["launch 5: busy"], [3]);

        Assert.True(RemeasureRule.Persisted(RemeasureRule.Decide(Busy, AllBusy), AllBusy));
        Assert.False(RemeasureRule.Persisted(RemeasureRule.Decide(Busy, partly), partly));
        Assert.False(RemeasureRule.Persisted(RemeasureRule.Decide(Busy, null, "deadline"), null));
        Assert.False(RemeasureRule.Persisted(RemeasureRule.Decide(Clean, AllBusy), AllBusy));
    }

    [Fact]
    public void A_later_round_names_every_earlier_rounds_witnesses_and_what_stopped_it()
    {
        var round1 = new InterferenceFinding("Case", ["launches 4, 5: busy"], []);

        var quiet = RemeasureRule.Decide(Busy, new InterferenceFinding("Case", [], [5, 6]), earlierRounds: [round1]);
        var stopped = RemeasureRule.Decide(Busy, null, "the --timeout deadline had passed", [round1]);

        Assert.Equal(RemeasureOutcome.UseQuietLaunches, quiet.Outcome);
        Assert.Equal(
            "first measurement disturbed (launch 2: other processes kept 0.95 of 2 cores busy); re-measure round 1 disturbed too (launches 4, 5: busy); judged on the re-measurement, which was quiet",
            quiet.Reason);
        Assert.Equal(RemeasureOutcome.Inconclusive, stopped.Outcome);
        Assert.EndsWith("re-measure round 1 disturbed too (launches 4, 5: busy); re-measure round 2 could not run (the --timeout deadline had passed)", stopped.Reason, StringComparison.Ordinal);
    }
}
