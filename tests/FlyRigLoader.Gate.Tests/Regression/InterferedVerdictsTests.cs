using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Tests.Regression;

/// <summary>A failing time verdict measured under interference is INCONCLUSIVE: exit 3, never a pass, unless something else fails.</summary>
public sealed class InterferedVerdictsTests
{
    private static readonly Dictionary<string, string> Disturbed = new(StringComparer.Ordinal) { ["A"] = "launch 2: other processes kept 0.95 of 2 cores busy" };

    private static BenchmarkComparison Comparison(string name, TimeVerdict verdict, AllocationVerdict allocation = AllocationVerdict.NoChange) =>
        new() { FullName = name, Verdict = verdict, AllocationVerdict = allocation, Reason = "ratio 1.30 beyond the band" };

    private static RegressionAnalysis Analysis(params BenchmarkComparison[] comparisons) =>
        new(comparisons, new DriftAssessment(0, null, 1, false, false, "no drift"));

    private static SlaVerdict Sla(string name, SlaStatus status, string metric = SlaUnits.Time) =>
        new("TST-PERF-001", "d", name, metric, "ms", 10, 10, 10.5, status == SlaStatus.Pass ? 9 : 12, null, status, -2, "95% CI upper bound 12 ms > limit 10.5 ms");

    [Fact]
    public void A_disturbed_regression_is_inconclusive_with_the_witness_and_the_measured_reason()
    {
        var analysis = InterferedVerdicts.Apply(Analysis(Comparison("A", TimeVerdict.Regression), Comparison("B", TimeVerdict.Regression)), Disturbed);

        var a = analysis.Comparisons.Single(c => c.FullName == "A");
        Assert.Equal(TimeVerdict.Inconclusive, a.Verdict);
        Assert.Equal("INCONCLUSIVE: launch 2: other processes kept 0.95 of 2 cores busy (as measured: ratio 1.30 beyond the band)", a.Reason);
        Assert.Equal(TimeVerdict.Regression, analysis.Comparisons.Single(c => c.FullName == "B").Verdict);
    }

    [Fact]
    public void Allocation_verdicts_and_passing_time_verdicts_are_not_touched()
    {
        var analysis = InterferedVerdicts.Apply(Analysis(Comparison("A", TimeVerdict.NoChange, AllocationVerdict.Regression)), Disturbed);

        var a = Assert.Single(analysis.Comparisons);
        Assert.Equal((TimeVerdict.NoChange, AllocationVerdict.Regression), (a.Verdict, a.AllocationVerdict));
        Assert.True(analysis.HasRegression);
    }

    [Fact]
    public void Only_a_time_sla_failure_of_a_disturbed_case_becomes_inconclusive()
    {
        var sla = InterferedVerdicts.Apply([Sla("A", SlaStatus.Fail), Sla("A", SlaStatus.Fail, SlaUnits.Allocated), Sla("B", SlaStatus.Fail), Sla("A", SlaStatus.Pass)], Disturbed);

        Assert.Equal([SlaStatus.Inconclusive, SlaStatus.Fail, SlaStatus.Fail, SlaStatus.Pass], sla.Select(s => s.Status));
        Assert.EndsWith("; INCONCLUSIVE: launch 2: other processes kept 0.95 of 2 cores busy", sla[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_breach_five_times_past_its_bar_fails_whatever_the_witnesses_say()
    {
        var far = Sla("A", SlaStatus.Fail) with { Observed = 10.5 * 5 };
        var near = Sla("A", SlaStatus.Fail) with { Observed = (10.5 * 5) - 0.01 };
        var slow = Comparison("A", TimeVerdict.Regression) with { Ratio = 7, RatioLower = 5 };
        var doubtful = Comparison("A", TimeVerdict.Regression) with { Ratio = 6, RatioLower = 4.9 };

        Assert.Equal([SlaStatus.Fail, SlaStatus.Inconclusive], InterferedVerdicts.Apply([far, near], Disturbed).Select(s => s.Status));
        Assert.Equal(TimeVerdict.Regression, InterferedVerdicts.Apply(Analysis(slow), Disturbed).Comparisons[0].Verdict);
        Assert.Equal(TimeVerdict.Inconclusive, InterferedVerdicts.Apply(Analysis(doubtful), Disturbed).Comparisons[0].Verdict);
        Assert.Equal(SlaStatus.Inconclusive, InterferedVerdicts.Apply([far], Disturbed, new Core.Interference.InterferenceThresholds(BeyondInterference: 6)).Single().Status);
    }

    [Fact]
    public void Inconclusive_alone_exits_3_and_a_failure_elsewhere_still_exits_1()
    {
        var inconclusive = InterferedVerdicts.Apply(Analysis(Comparison("A", TimeVerdict.Regression), Comparison("B", TimeVerdict.NoChange)), Disturbed);
        var withRegression = InterferedVerdicts.Apply(Analysis(Comparison("A", TimeVerdict.Regression), Comparison("B", TimeVerdict.Regression)), Disturbed);

        Assert.Equal(3, RegressionReport.ExitCode(inconclusive, []));
        Assert.Equal(1, RegressionReport.ExitCode(withRegression, []));
        Assert.Equal(1, RegressionReport.ExitCode(inconclusive, [Sla("C", SlaStatus.Fail)]));
        Assert.Equal(3, RegressionReport.ExitCode(Analysis(Comparison("B", TimeVerdict.NoChange)), [Sla("A", SlaStatus.Inconclusive)]));
        Assert.Equal(0, RegressionReport.ExitCode(Analysis(Comparison("B", TimeVerdict.NoChange)), [Sla("A", SlaStatus.Pass)]));
    }

    [Fact]
    public void The_markdown_and_annotations_say_no_verdict_and_warn_per_case_with_one_no_verdict_error()
    {
        var analysis = InterferedVerdicts.Apply(Analysis(Comparison("A", TimeVerdict.Regression)), Disturbed);
        var baseline = new BaselineInfo("b.json", "fp", "fp", true, 5, DateTimeOffset.UnixEpoch, 1, false);

        var markdown = RegressionReport.Markdown(analysis, baseline, [], []);
        var annotations = RegressionReport.Annotations(analysis, [Sla("A", SlaStatus.Inconclusive)], []);

        Assert.Contains("## Performance regression gate: NO VERDICT", markdown, StringComparison.Ordinal);
        Assert.Contains("| INCONCLUSIVE |", markdown, StringComparison.Ordinal);
        Assert.Contains("1 inconclusive", markdown, StringComparison.Ordinal);
        // Each case warns with its witness; the run gets one error, "No verdict", because exit 3 fails closed in CI.
        Assert.Equal(["::error title=No verdict::"], annotations.Where(a => !a.StartsWith("::warning ", StringComparison.Ordinal)).Select(a => a[..(a.IndexOf("::", 2, StringComparison.Ordinal) + 2)]));
        Assert.Contains(annotations, a => a.StartsWith("::warning title=INCONCLUSIVE::A: INCONCLUSIVE: launch 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_map_nothing_changes()
    {
        var analysis = Analysis(Comparison("A", TimeVerdict.Regression));

        Assert.Same(analysis, InterferedVerdicts.Apply(analysis, null));
        Assert.Equal(TimeVerdict.Regression, InterferedVerdicts.Apply(analysis, new Dictionary<string, string>()).Comparisons[0].Verdict);
    }
}
