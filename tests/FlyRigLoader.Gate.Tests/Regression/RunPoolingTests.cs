using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class RunPoolingTests
{
    [Fact]
    public void Pools_samples_counts_processes_and_takes_the_median_allocation()
    {
        var first = Synthetic.Run(1);
        var again = Synthetic.Run(2, extraBytes: new Dictionary<string, double> { [Synthetic.Names[0]] = 10 });
        var third = Synthetic.Run(3, extraBytes: new Dictionary<string, double> { [Synthetic.Names[0]] = 20 });

        var (pooled, counts) = RunPooling.Pool(first, [again, third]);

        var b = pooled.Benchmarks.Single(x => x.FullName == Synthetic.Names[0]);
        Assert.Equal(45, b.SamplesNs.Count);
        Assert.Equal(3, counts[Synthetic.Names[0]]);
        Assert.Equal(1010, b.AllocatedBytesPerOp);
    }

    [Fact]
    public void A_run_of_several_launches_counts_each_launch_as_a_process_and_keeps_every_processs_median()
    {
        var name = Synthetic.Names[0];
        var first = Synthetic.Run(1);
        first = first with { Benchmarks = [.. first.Benchmarks.Select(b => b with { LaunchMediansNs = [1e5, 1.2e5, 0.9e5] })] };
        var rerun = Synthetic.Run(2);

        var (pooled, counts) = RunPooling.Pool(first, [rerun]);

        Assert.Equal(4, counts[name]);
        var medians = pooled.Benchmarks.Single(b => b.FullName == name).LaunchMediansNs!;
        Assert.Equal([1e5, 1.2e5, 0.9e5, Core.Statistics.RobustStatistics.Median(rerun.Benchmarks.Single(b => b.FullName == name).SamplesNs)], medians);
    }

    [Fact]
    public void Rounds_alternate_which_side_runs_first()
    {
        Assert.Equal(['A', 'B'], RunPooling.RoundOrder(0));
        Assert.Equal(['B', 'A'], RunPooling.RoundOrder(1));
        Assert.Equal(['A', 'B'], RunPooling.RoundOrder(2));
    }

    [Fact]
    public void Pooling_more_processes_narrows_the_band_so_confirmation_can_decide()
    {
        var config = new GateConfig { BootstrapResamples = 0 };
        var history = Synthetic.Baseline(5).Histories();
        var slowed = new Dictionary<string, double> { [Synthetic.Names[1]] = 1.2 };
        var runs = Enumerable.Range(20, 4).Select(s => Synthetic.Run(s, slow: slowed)).ToList();
        var (pooled, counts) = RunPooling.Pool(runs[0], runs.Skip(1).ToList());

        var single = RegressionAnalyzer.Analyze(new ComparisonInput(history, runs[0].Benchmarks, null, null, true), config);
        var confirmed = RegressionAnalyzer.Analyze(new ComparisonInput(history, pooled.Benchmarks, null, null, true, counts), config);

        Assert.True(confirmed.Comparisons.Single(c => c.FullName == Synthetic.Names[1]).Band < single.Comparisons.Single(c => c.FullName == Synthetic.Names[1]).Band);
        Assert.Equal(TimeVerdict.Regression, confirmed.Comparisons.Single(c => c.FullName == Synthetic.Names[1]).Verdict);
    }

    [Theory]
    [InlineData("A.B.C(SizeMb: 10)", "A.B.C")]
    [InlineData("A.B.C", "A.B.C")]
    public void Filters_drop_parameters(string fullName, string filter) => Assert.Equal(filter, RegressionGate.FilterFor(fullName));
}
