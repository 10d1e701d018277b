using CsCheck;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Statistics;

public sealed class SampleStatisticsTests
{
    [Fact]
    public void Student_t_interval_matches_r_t_test()
    {
        // R: t.test(c(10.2, 9.8, 10.5, 10.1, 9.9, 10.4))$conf.int → 9.862600 10.437400
        var s = SampleStatistics.Summarize([10.2, 9.8, 10.5, 10.1, 9.9, 10.4]);

        Assert.Equal(6, s.N);
        Assert.Equal(10.15, s.Mean, 12);
        Assert.Equal(10.15, s.Median, 12);
        Assert.Equal(0.27386127875258287, s.StdDev, 12);
        Assert.Equal(0.026981406773653484, s.CoefficientOfVariation, 12);
        Assert.Equal(9.862600213689552, s.StudentT!.Lower, 9);
        Assert.Equal(10.437399786310449, s.StudentT.Upper, 9);
        Assert.Equal(9.8, s.Min);
        Assert.Equal(10.5, s.Max);
    }

    [Fact]
    public void The_level_is_selectable_and_both_intervals_carry_it()
    {
        // R: t.test(c(10.2, 9.8, 10.5, 10.1, 9.9, 10.4), conf.level = 0.9)$conf.int -> 9.924711 10.375289 (t(0.95, 5) = 2.015048)
        double[] samples = [10.2, 9.8, 10.5, 10.1, 9.9, 10.4];

        var s = SampleStatistics.Summarize(samples, new IntervalSettings(0.90, IntervalMethod.StudentT));

        Assert.Equal(9.924711, s.StudentT!.Lower, 6);
        Assert.Equal(10.375289, s.StudentT.Upper, 6);
        Assert.Equal(0.90, s.StudentT.Level);
        Assert.Equal(0.90, s.Bootstrap!.Level);
        var wide = SampleStatistics.Summarize(samples);
        Assert.True(s.Bootstrap.Upper - s.Bootstrap.Lower < wide.Bootstrap!.Upper - wide.Bootstrap.Lower);
        Assert.Equal("90% CI upper bound", s.UpperBoundName);
    }

    [Fact]
    public void The_sla_bound_reads_the_chosen_interval()
    {
        double[] samples = [10.2, 9.8, 10.5, 10.1, 9.9, 10.4, 13.0];

        var t = SampleStatistics.Summarize(samples);
        var bootstrap = SampleStatistics.Summarize(samples, new IntervalSettings(0.95, IntervalMethod.Bootstrap));

        Assert.Equal(t.StudentT!.Upper, t.UpperBound);
        Assert.Equal(bootstrap.Bootstrap!.Upper, bootstrap.UpperBound);
        Assert.NotEqual(t.UpperBound, bootstrap.UpperBound);
        Assert.Equal("95% bootstrap CI upper bound", bootstrap.UpperBoundName);
        Assert.Equal("only sample", SampleStatistics.Summarize([5.0]).UpperBoundName);
    }

    [Fact]
    public void Student_t_interval_of_one_to_five_uses_t_4()
    {
        // t(0.975, 4) = 2.7764451051977987, se = sqrt(2.5 / 5)
        var s = SampleStatistics.Summarize([1, 2, 3, 4, 5]);
        Assert.Equal(3 - (2.7764451051977987 * Math.Sqrt(0.5)), s.StudentT!.Lower, 10);
        Assert.Equal(3 + (2.7764451051977987 * Math.Sqrt(0.5)), s.StudentT.Upper, 10);
        Assert.Equal(s.StudentT.Upper, s.UpperBound);
    }

    [Fact]
    public void Bootstrap_is_deterministic_for_a_seed_and_varies_with_it()
    {
        double[] data = [5.1, 4.9, 5.6, 5.0, 5.3, 4.7, 5.8, 5.2];
        var a = SampleStatistics.Summarize(data, seed: 1).Bootstrap!;
        var b = SampleStatistics.Summarize(data, seed: 1).Bootstrap!;
        var c = SampleStatistics.Summarize(data, seed: 2).Bootstrap!;

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Bootstrap_of_normal_sample_agrees_with_normal_theory()
    {
        // For n = 400 the bootstrap percentile CI of the mean approaches mean ± 1.96·s/√n (here s ≈ 1).
        var rng = new Random(7);
        var data = Enumerable.Range(0, 400).Select(_ => BoxMuller(rng)).ToArray();
        var s = SampleStatistics.Summarize(data);

        var expectedHalf = 1.96 * s.StdDev / Math.Sqrt(400);
        Assert.Equal(expectedHalf, s.Bootstrap!.HalfWidth, expectedHalf * 0.1);
        Assert.Equal(s.Mean, (s.Bootstrap.Lower + s.Bootstrap.Upper) / 2, expectedHalf * 0.15);
    }

    [Fact]
    public void Constant_samples_give_degenerate_intervals()
    {
        var s = SampleStatistics.Summarize([2.5, 2.5, 2.5, 2.5]);
        Assert.Equal(new ConfidenceInterval(2.5, 2.5, 0.95), s.Bootstrap);
        Assert.Equal(2.5, s.StudentT!.Lower, 12);
        Assert.Equal(0, s.CoefficientOfVariation);
    }

    [Fact]
    public void Single_sample_has_no_intervals_and_upper_bound_is_the_sample()
    {
        var s = SampleStatistics.Summarize([42]);
        Assert.Null(s.StudentT);
        Assert.Null(s.Bootstrap);
        Assert.Equal(0, s.StdDev);
        Assert.Equal(42, s.UpperBound);
    }

    [Fact]
    public void Outliers_use_tukey_fences_on_R7_quartiles()
    {
        // numpy.percentile([1,2,3,4,5,100], [25, 75]) = [2.25, 4.75] → upper fence 8.5.
        Assert.Equal(1, SampleStatistics.CountOutliers([1, 2, 3, 4, 5, 100]));
        Assert.Equal(0, SampleStatistics.CountOutliers([1, 2, 3, 4, 5, 8.5]));
        Assert.Equal(2, SampleStatistics.CountOutliers([-50, 1, 2, 3, 4, 5, 100]));
    }

    [Fact]
    public void Empty_samples_are_refused() =>
        Assert.Throws<ArgumentException>(() => SampleStatistics.Summarize([]));

    [Fact]
    public void Intervals_contain_the_mean_and_stay_within_range_property()
    {
        Gen.Double[1, 1000].Array[2, 30].Sample(data =>
        {
            var s = SampleStatistics.Summarize(data, resamples: 500);
            Assert.InRange(s.Mean, s.StudentT!.Lower - 1e-9, s.StudentT.Upper + 1e-9);
            Assert.InRange(s.Bootstrap!.Lower, s.Min - 1e-9, s.Max + 1e-9);
            Assert.InRange(s.Bootstrap.Upper, s.Min - 1e-9, s.Max + 1e-9);
            Assert.InRange(s.Median, s.Min, s.Max);
        }, iter: 50);
    }

    private static double BoxMuller(Random rng)
    {
#pragma warning disable CA5394
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
#pragma warning restore CA5394
        return 10 + (Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
