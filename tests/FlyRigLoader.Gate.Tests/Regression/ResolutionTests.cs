using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class ResolutionTests
{
    private static readonly GateConfig Config = new() { BootstrapResamples = 200 };

    /// <summary>Fail threshold 15 %, warn threshold 5 %; the bands as ratios.</summary>
    [Theory]
    [InlineData(1.03, 1.01, 0.15, 0.05)] // narrow bands: the thresholds are the resolution
    [InlineData(1.9, 1.24, 0.9, 0.15)] // a wide fail band sets REGRESSION; the flag stops at the fail threshold
    [InlineData(1.3, 1.09, 0.3, 0.09)] // a warn band between the thresholds sets the flag
    public void The_resolution_is_the_larger_of_band_and_threshold_and_the_flag_stops_at_the_fail_threshold(
        double failBand, double warnBand, double regression, double flagged)
    {
        var r = Resolution.Of(Math.Log(failBand), Math.Log(warnBand), 0.15, 0.05, capped: false);

        Assert.Equal(regression, r.Regression!.Value, 12);
        Assert.Equal(flagged, r.Flagged, 12);
    }

    [Fact]
    public void Capped_time_verdicts_have_no_regression_resolution()
    {
        var r = Resolution.Of(Math.Log(1.3), Math.Log(1.09), 0.15, 0.05, capped: true);

        Assert.Null(r.Regression);
        Assert.Equal(0.09, r.Flagged, 12);
    }

    /// <summary>
    /// The resolution is a claim about the rule: read off an A/A run, a slowdown just past it must be a REGRESSION and one
    /// just short of it must not, with the same baseline and launch structure.
    /// </summary>
    [Theory]
    [InlineData(new[] { 1.0, 1.0, 1.0, 1.0, 1.0 })]
    [InlineData(new[] { 1.0, 1.12, 0.93, 1.05, 1.2 })]
    [InlineData(new[] { 1.0, 1.35, 0.9, 1.1, 1.6 })]
    public void A_slowdown_past_the_resolution_is_a_regression_and_one_short_of_it_is_not(double[] runFactors)
    {
        var history = new BenchmarkHistory("A", "cat",
            runFactors.Select((f, k) => (IReadOnlyList<double>)Synthetic.Samples(1e5, k, f, 15)).ToList(),
            runFactors.Select(_ => (double?)1000).ToList());
        var aa = Judge(history, 1.0);
        var resolution = aa.Resolution!;
        var reference = aa.BaselineMedianNs!.Value / 1e5;

        var past = Judge(history, reference * (1 + resolution.Regression!.Value) * 1.05);
        var short_ = Judge(history, reference * (1 + resolution.Regression.Value) * 0.95);

        Assert.Equal(TimeVerdict.Regression, past.Verdict);
        Assert.NotEqual(TimeVerdict.Regression, short_.Verdict);
        Assert.Equal(resolution, past.Resolution);
        if (resolution.Flagged * 1.05 < resolution.Regression.Value)
        {
            Assert.Equal(TimeVerdict.Suspected, Judge(history, reference * (1 + resolution.Flagged) * 1.05).Verdict);
        }
    }

    [Fact]
    public void A_noisier_baseline_resolves_coarser()
    {
        static BenchmarkHistory Of(double[] factors) => new("A", "cat",
            factors.Select((f, k) => (IReadOnlyList<double>)Synthetic.Samples(1e5, k, f, 15)).ToList(), factors.Select(_ => (double?)1000).ToList());

        var quiet = Judge(Of([1.0, 1.01, 0.99, 1.0, 1.02]), 1.0).Resolution!.Regression!.Value;
        var noisy = Judge(Of([1.0, 1.35, 0.9, 1.1, 1.6]), 1.0).Resolution!.Regression!.Value;

        Assert.Equal(0.15, quiet, 12);
        Assert.True(noisy > 0.3, $"{noisy}");
    }

    [Fact]
    public void An_infeasible_test_has_no_resolution()
    {
        var history = new BenchmarkHistory("A", "cat", [Synthetic.Samples(1e5, 1, 1.0, 3)], [1000]);

        Assert.Null(Judge(history, 1.0, n: 1).Resolution);
    }

    private static BenchmarkComparison Judge(BenchmarkHistory history, double factor, int n = 5)
    {
        var launches = Enumerable.Range(0, 3).Select(i => Synthetic.Samples(1e5, 99 + i, factor, n)).ToList();
        var current = new MeasuredBenchmark("A", "cat", [.. launches.SelectMany(l => l)], 1000, [.. launches.Select(l => Core.Statistics.RobustStatistics.Median(l))]);
        return RegressionAnalyzer.Analyze(new ComparisonInput([history], [current], null, null, true), Config).Comparisons.Single();
    }
}
