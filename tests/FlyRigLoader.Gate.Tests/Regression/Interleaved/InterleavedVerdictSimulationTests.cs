using FlyRigLoader.Gate.Contracts.Interleaving;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Regression.Interleaved;

namespace FlyRigLoader.Gate.Tests.Regression.Interleaved;

/// <summary>
/// The interleaved path from launches to verdicts (LaunchRounds → RoundBlocking → the analyzer) on simulated runs shaped
/// like this host's (15 one-launch trials of the smoke benchmarks): every 25 ms batch varies on its own by σ ≈ 0.1 in log
/// terms (0.25 on the allocation-heavy BuildWithSignalDisp), the machine drifts in plateaus both builds share, one batch
/// in twenty is hit by a pause (×1.3–2), and each process's copy of each build keeps a speed of its own for the whole
/// launch (σ 0.01; 0.07 on the heavy one, whose launch ratios spread by σ 0.07–0.14 and reached 1.37 with the same code).
/// </summary>
public sealed class InterleavedVerdictSimulationTests
{
    private const int Benchmarks = 5;
    private const int Launches = 4;
    private static readonly GateConfig Config = new() { BootstrapResamples = 0 };

    private static List<IReadOnlyList<InterleavedCase>> Simulate(int seed, IReadOnlyDictionary<int, double> slowB, int pairs = 40)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        double Pause() => random.NextDouble() < 0.05 ? 1.3 + (0.7 * random.NextDouble()) : 1.0;
        return Enumerable.Range(0, Launches).Select(_ => (IReadOnlyList<InterleavedCase>)Enumerable.Range(0, Benchmarks).Select(i =>
        {
            var (copy, batch) = i == Benchmarks - 1 ? (0.07, 0.25) : (0.01, 0.1);
            var (copyA, copyB) = (Math.Exp(copy * Normal()), Math.Exp(copy * Normal()));
            var level = 0.3 * Normal();
            var (a, b) = (new List<double>(), new List<double>());
            for (var p = 0; p < pairs; p++)
            {
                // A plateau lasts ~20 pairs, then the machine moves by up to ±30%.
                level = random.NextDouble() < 0.05 ? 0.3 * Normal() : level;
                var median = 1e5 * (i + 1) * Math.Exp(level);
                a.Add(median * copyA * Math.Exp(batch * Normal()) * Pause());
                b.Add(median * copyB * slowB.GetValueOrDefault(i, 1.0) * Math.Exp(batch * Normal()) * Pause());
            }

            return new InterleavedCase(LaunchRoundsTests.Name(i), new InterleavedSide(a, 100), new InterleavedSide(b, 100), 0, 0, true, new Dictionary<string, string>());
        }).ToList()).ToList();
    }

    private static Dictionary<string, TimeVerdict> Judge(List<IReadOnlyList<InterleavedCase>> launches) =>
        Analyze(launches).Comparisons.ToDictionary(c => c.FullName, c => c.Verdict);

    private static RegressionAnalysis Analyze(List<IReadOnlyList<InterleavedCase>> launches)
    {
        var (rawA, rawB) = LaunchRounds.Split(launches, LaunchRoundsTests.Template);
        var (a, b) = RoundBlocking.RemoveRoundEffects(rawA, rawB);
        var baseline = RunPooling.AsBaseline(a, "ab-interleaved");
        var (pooled, counts) = RunPooling.Pool(b[0], b.Skip(1).ToList());
        return RegressionAnalyzer.Analyze(new ComparisonInput(baseline.Histories(), pooled.Benchmarks, null, null, true, counts, Interleaved: true), Config);
    }

    [Fact]
    public void Same_code_on_both_sides_raises_no_regression_in_any_of_20_runs()
    {
        var regressions = Enumerable.Range(1, 20).Sum(seed => Judge(Simulate(seed, new Dictionary<int, double>())).Values.Count(v => v == TimeVerdict.Regression));

        Assert.Equal(0, regressions);
    }

    [Fact]
    public void One_benchmark_25_percent_slower_is_a_regression_on_it_and_no_other_in_20_of_20_runs()
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var verdicts = Judge(Simulate(seed, new Dictionary<int, double> { [2] = 1.25 }));

            Assert.Equal([LaunchRoundsTests.Name(2)], verdicts.Where(v => v.Value == TimeVerdict.Regression).Select(v => v.Key));
        }
    }

    [Fact]
    public void Blocking_and_pooling_estimate_a_10_percent_slowdown_without_bias()
    {
        var ratios = Enumerable.Range(1, 20)
            .Select(seed => Analyze(Simulate(seed, new Dictionary<int, double> { [1] = 1.10 })).Comparisons.Single(c => c.FullName == LaunchRoundsTests.Name(1)).Ratio!.Value)
            .Order().ToList();

        Assert.InRange(ratios[10], 1.07, 1.13);
        Assert.InRange(ratios[0], 1.0, 1.2);
        Assert.InRange(ratios[^1], 1.0, 1.2);
    }
}
