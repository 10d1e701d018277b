using FlyRigLoader.Gate.Accuracy.Trials;
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
}
