using System.Globalization;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Statistics;

public sealed class ScalingAnalysisTests
{
    private static BenchmarkResult Case(string method, double size, Func<double, double> time, string? extra = null)
    {
        var p = "SizeMb=" + size.ToString(CultureInfo.InvariantCulture) + (extra is null ? "" : "&" + extra);
        var jitter = new[] { 0.98, 1.0, 1.02, 0.99, 1.01 };
        return new BenchmarkResult(
            $"FlyRigLoader.Benchmarks.DataLoading.LoadBenchmarks.{method}(SizeMb: {size.ToString(CultureInfo.InvariantCulture)})",
            "LoadBenchmarks", method, p, "data-loading", jitter.Select(j => time(size) * j).ToArray(), null, true, null);
    }

    [Fact]
    public void Linear_family_has_exponent_one_and_is_not_flagged()
    {
        var results = new[] { 1.0, 2, 4, 8, 16 }.Select(s => Case("Load", s, x => 1000 * x)).ToList();

        var fit = Assert.Single(ScalingAnalysis.Analyze(results));

        Assert.Equal("FlyRigLoader.Benchmarks.DataLoading.LoadBenchmarks.Load", fit.Family);
        Assert.Equal("SizeMb", fit.Parameter);
        Assert.Equal(1.0, fit.Exponent, 2);
        Assert.Equal(1000, fit.SlopeNsPerUnit, 0);
        Assert.True(fit.RSquared > 0.999);
        Assert.False(fit.SuperLinear);
        Assert.StartsWith("O(n) - linear", fit.Complexity, StringComparison.Ordinal);
    }

    [Fact]
    public void Quadratic_family_is_flagged_super_linear()
    {
        var results = new[] { 1.0, 2, 4, 8 }.Select(s => Case("Load", s, x => 10 * x * x)).ToList();

        var fit = Assert.Single(ScalingAnalysis.Analyze(results));

        Assert.Equal(2.0, fit.Exponent, 2);
        Assert.True(fit.SuperLinear);
        Assert.True(fit.ExponentInterval!.Lower > 1.1);
    }

    [Fact]
    public void Families_are_split_by_other_parameters_and_single_sizes_are_skipped()
    {
        var results = new List<BenchmarkResult>
        {
            Case("Load", 1, x => x, "Gzip=True"), Case("Load", 2, x => 2 * x, "Gzip=True"),
            Case("Load", 1, x => x, "Gzip=False"), Case("Load", 2, x => 2 * x, "Gzip=False"),
            Case("Other", 1, x => x),
        };

        var fits = ScalingAnalysis.Analyze(results);

        Assert.Equal(["FlyRigLoader.Benchmarks.DataLoading.LoadBenchmarks.Load[Gzip=False]", "FlyRigLoader.Benchmarks.DataLoading.LoadBenchmarks.Load[Gzip=True]"], fits.Select(f => f.Family));
    }

    [Fact]
    public void Log_log_exponent_interval_matches_hand_computation()
    {
        // Points on y = 2x + noise in log space: slope by hand = Sxy/Sxx.
        (double X, double Y)[] points = [(0, 0.1), (1, 1.9), (2, 4.2), (3, 5.8)];
        var (b, ci) = ScalingAnalysis.LogLogExponent(points);
        // Sxx = 5, Sxy = 9.7 → b = 1.94; residuals → SSE = 0.082, se = sqrt(0.082/2/5) = 0.09055; t(0.975,2) = 4.302653
        Assert.Equal(1.94, b, 10);
        Assert.Equal(1.94 - (4.302652729749464 * Math.Sqrt(0.082 / 2 / 5)), ci!.Lower, 6);
    }
}
