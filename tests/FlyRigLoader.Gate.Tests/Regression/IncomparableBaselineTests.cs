using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class IncomparableBaselineTests
{
    private static readonly GateConfig Config = new() { BootstrapResamples = 0 };

    [Fact]
    public void Against_an_incomparable_baseline_no_time_or_allocation_verdict_survives_and_ratios_are_informational()
    {
        var current = Synthetic.Run(40, slow: new Dictionary<string, double> { [Synthetic.Names[0]] = 1.8, [Synthetic.Names[1]] = 0.5 }, extraBytes: new Dictionary<string, double> { [Synthetic.Names[2]] = 100_000 });
        current = current with { Benchmarks = [.. current.Benchmarks.Skip(1), new("N.T.New", "cat", Synthetic.Samples(1e5, 1), null)] };
        var first = RegressionAnalyzer.Analyze(new ComparisonInput(Synthetic.Baseline().Histories(), current.Benchmarks, 1e6, 1e6, true), Config);
        Assert.Contains(first.Comparisons, c => c.Verdict == TimeVerdict.Improvement);
        Assert.Contains(first.Comparisons, c => c.AllocationVerdict == AllocationVerdict.Regression);

        var (informational, leftOut) = IncomparableBaseline.Apply(first, "job differs: profile default -> smoke");

        Assert.Equal(1, leftOut);
        Assert.DoesNotContain(informational.Comparisons, c => c.FullName == Synthetic.Names[0]);
        Assert.All(informational.Comparisons.Where(c => c.FullName != "N.T.New"), c =>
        {
            Assert.Equal(TimeVerdict.Incomparable, c.Verdict);
            Assert.Equal(AllocationVerdict.Incomparable, c.AllocationVerdict);
            Assert.True(c.Informational);
            Assert.StartsWith("informational (incomparable baseline: job differs: profile default -> smoke); first-look ratio ×", c.Reason, StringComparison.Ordinal);
            Assert.NotNull(c.Ratio);
        });
        Assert.Equal(TimeVerdict.New, informational.Comparisons.Single(c => c.FullName == "N.T.New").Verdict);
        Assert.False(informational.HasRegression);
        Assert.True(informational.HasNoVerdict);
    }
}
