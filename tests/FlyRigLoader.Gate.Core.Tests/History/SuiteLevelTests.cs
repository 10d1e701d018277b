using FlyRigLoader.Gate.Core.History;

namespace FlyRigLoader.Gate.Core.Tests.History;

public sealed class SuiteLevelTests
{
    private static readonly double[] Shifts = [0.0, 0.1, -0.05, 0.3, 0.02, 0.2];

    [Fact]
    public void A_shift_shared_by_every_benchmark_is_the_run_s_level()
    {
        // Each benchmark at its own scale times the run's shared factor: the level is that factor over its median run.
        var level = SuiteLevel.Estimate(Runs(8, (b, r) => (b + 1) * 1e5 * Math.Exp(Shifts[r])))!;

        var typical = Shifts.Order().Skip(2).Take(2).Average();
        Assert.Equal([.. Shifts.Select(s => s - typical)], level.Overall, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void A_benchmark_s_own_step_does_not_move_the_level_it_is_divided_by()
    {
        var level = SuiteLevel.Estimate(Runs(6, (b, r) => (b == 0 && r >= 3 ? 2.0 : 1.0) * (b + 1) * 1e5 * (1 + (0.001 * ((b + r) % 3)))))!;

        Assert.All(level.Excluding("b0"), l => Assert.InRange(l, -0.002, 0.002));
        Assert.All(level.Overall, l => Assert.InRange(l, -0.002, 0.002));
    }

    [Fact]
    public void Leaving_one_out_takes_the_median_of_the_others()
    {
        // One run, deviations 0, 1, 2, 3, 10 (log): without b4 the median of 0..3 is 1.5; without b1 the median of 0, 2, 3, 10 is 2.5.
        double[] logs = [0, 1, 2, 3, 10];
        var level = SuiteLevel.Estimate(
        [
            Run(logs.Select(_ => 1.0).ToArray()),
            Run([.. logs.Select(Math.Exp)]),
            Run(logs.Select(_ => 1.0).ToArray()),
        ])!;

        // Typical level of each benchmark is its median over the three runs: 1, so the middle run's deviations are the logs.
        Assert.Equal(2, level.Overall[1], 12);
        Assert.Equal(1.5, level.Excluding("b4")[1], 12);
        Assert.Equal(2.5, level.Excluding("b1")[1], 12);
        Assert.Equal(level.Overall[1], level.Excluding("absent")[1]);
    }

    [Fact]
    public void Too_few_benchmarks_that_count_leave_times_as_measured()
    {
        // Five benchmarks, but one of them measured in a single run has no typical level: four count, a leave-one-out level would rest on three.
        var runs = Runs(5, (_, _) => 1e5);
        runs = [.. runs.Select((r, i) => (IReadOnlyDictionary<string, double>)r.Where(p => p.Key != "b4" || i == 0).ToDictionary())];

        Assert.Null(SuiteLevel.Estimate(runs));
        Assert.Null(SuiteLevel.Estimate(Runs(5, (_, _) => 1e5).Take(1).ToList()));
        Assert.NotNull(SuiteLevel.Estimate(Runs(5, (_, _) => 1e5)));
    }

    [Fact]
    public void A_median_that_is_not_positive_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => SuiteLevel.Estimate(Runs(5, (b, r) => b == 2 && r == 1 ? 0 : 1e5)));

        Assert.Contains("b2", e.Message, StringComparison.Ordinal);
    }

    private static List<IReadOnlyDictionary<string, double>> Runs(int benchmarks, Func<int, int, double> median) =>
        [.. Enumerable.Range(0, Shifts.Length).Select(r => Run([.. Enumerable.Range(0, benchmarks).Select(b => median(b, r))]))];

    private static Dictionary<string, double> Run(double[] medians) =>
        medians.Select((m, b) => ("b" + b.ToString(System.Globalization.CultureInfo.InvariantCulture), m)).ToDictionary(p => p.Item1, p => p.m, StringComparer.Ordinal);
}
