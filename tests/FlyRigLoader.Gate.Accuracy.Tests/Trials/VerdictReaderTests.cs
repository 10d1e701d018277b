using FlyRigLoader.Gate.Accuracy.Trials;
using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Accuracy.Tests.Trials;

public sealed class VerdictReaderTests
{
    private static BenchmarkComparison C(string name, TimeVerdict time, AllocationVerdict allocation = AllocationVerdict.NoChange) =>
        new() { FullName = name, Verdict = time, AllocationVerdict = allocation, Reason = "r" };

    private static SlaVerdict Sla(string name, SlaStatus status) => new("TST", "d", name, "time", "ms", 1, 1, 1.05, 2, null, status, -1, "detail");

    [Fact]
    public void Benchmarks_are_listed_by_their_time_and_allocation_verdicts_and_sla_failures()
    {
        var analysis = new RegressionAnalysis(
            [C("a", TimeVerdict.Regression), C("b", TimeVerdict.Suspected, AllocationVerdict.Regression), C("c", TimeVerdict.NoChange), C("d", TimeVerdict.Improvement), C("e", TimeVerdict.Regression)],
            new DriftAssessment(0, null, 1, false, false, "no drift"));

        var verdicts = VerdictReader.From(analysis, [Sla("c", SlaStatus.Fail), Sla("c", SlaStatus.Fail), Sla("d", SlaStatus.Pass), Sla("e", SlaStatus.NoData)]);

        Assert.Equal(["a", "e"], verdicts.Regression);
        Assert.Equal(["b"], verdicts.Suspected);
        Assert.Equal(["b"], verdicts.AllocationRegression);
        Assert.Equal(["c"], verdicts.SlaFail);
        Assert.Empty(verdicts.Inconclusive);
        Assert.Empty(verdicts.Incomparable);
    }

    [Fact]
    public void Confirmation_replaces_every_case_of_a_re_measured_method_and_keeps_the_rest_and_the_sla_failures()
    {
        const string Small = "N.Config.Load(Size: small)";
        const string Large = "N.Config.Load(Size: large)";
        const string Other = "N.Pickle.Read(SizeMb: 1)";
        var first = new TrialVerdicts([Small, Other], [Large], [], [], [Small], [Other]);
        var sideBySide = new TrialVerdicts([Large], [], [], [], [], []);

        var confirmed = VerdictReader.Confirmed(first, ["N.Config.Load"], sideBySide);

        // Small's REGRESSION and allocation REGRESSION were the first look's; the A/B measured the whole method and cleared them.
        Assert.Equal([Other, Large], confirmed.Regression);
        Assert.Empty(confirmed.Suspected);
        Assert.Empty(confirmed.AllocationRegression);
        Assert.Equal([Other], confirmed.SlaFail);
        var untouched = VerdictReader.Confirmed(first, [], new TrialVerdicts([], [], [], [], [], []));
        Assert.Equal([first.Regression, first.Suspected, first.AllocationRegression, first.SlaFail], [untouched.Regression, untouched.Suspected, untouched.AllocationRegression, untouched.SlaFail]);
    }
}
