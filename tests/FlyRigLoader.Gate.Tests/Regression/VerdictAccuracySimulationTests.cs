using FlyRigLoader.Gate.Regression;
using Xunit.Abstractions;

namespace FlyRigLoader.Gate.Tests.Regression;

/// <summary>
/// The accuracy bar of the gate, checked on seeded synthetic suites (deterministic: no timing is measured).
/// Each scenario runs many independent trials and asserts the rate, not a single outcome.
/// </summary>
public sealed class VerdictAccuracySimulationTests(ITestOutputHelper output)
{
    private const int Trials = 100;

    // The bootstrap interval is reporting only; skipping it keeps the simulation fast without changing any verdict.
    private static readonly GateConfig Config = new() { BootstrapResamples = 0 };

    private static RegressionAnalysis Trial(int seed, Func<SuiteSimulator, (List<FlyRigLoader.Gate.Baselines.MeasuredBenchmark>, double)> current, SuiteSimulator? simulator = null)
    {
        var sim = simulator ?? new SuiteSimulator(seed);
        var (history, baseCalibration) = sim.Baseline();
        var (benchmarks, calibration) = current(sim);
        return RegressionAnalyzer.Analyze(new ComparisonInput(history, benchmarks, baseCalibration, calibration, true), Config);
    }

    private int Rate(string scenario, Func<int, bool> success)
    {
        var ok = Enumerable.Range(1, Trials).Count(success);
        output.WriteLine($"{scenario}: {ok}/{Trials}");
        return ok;
    }

    [Fact]
    public void Aa_runs_raise_no_regression_in_at_least_95_percent_of_suites()
    {
        var suspected = 0;
        var ok = Rate("A/A clean", seed =>
        {
            var analysis = Trial(seed, s => s.Run());
            suspected += analysis.Count(TimeVerdict.Suspected);
            return !analysis.HasRegression;
        });
        output.WriteLine($"A/A SUSPECTED per suite: {suspected / (double)Trials:0.00}");
        Assert.True(ok >= 95, $"A/A suites without a false REGRESSION: {ok}/{Trials}");
    }

    [Fact]
    public void Aa_runs_on_a_very_noisy_machine_still_raise_no_regression_in_at_least_90_percent()
    {
        var ok = Rate("A/A noisy", seed =>
        {
            var a = Trial(seed, s => s.Run(), new SuiteSimulator(seed, machineSigma: 0.04, maxBetweenSigma: 0.08, maxWithinSigma: 0.10));
            foreach (var c in a.Comparisons.Where(c => c.Fails))
            {
                output.WriteLine($"false alarm (seed {seed}): {c.Reason}; {a.Drift.Note}");
            }

            return !a.HasRegression;
        });
        Assert.True(ok >= 90, $"noisy A/A suites without a false REGRESSION: {ok}/{Trials}");
    }

    [Fact]
    public void Machine_slowed_by_30_percent_raises_no_regression_and_reports_drift()
    {
        var ok = Rate("machine x1.3", seed =>
        {
            var analysis = Trial(seed, s => s.Run(machine: 1.3));
            return !analysis.HasRegression && analysis.Drift.Normalized;
        });
        Assert.True(ok >= 95, $"drift suites without REGRESSION and with drift noted: {ok}/{Trials}");
    }

    [Fact]
    public void One_benchmark_25_percent_slower_is_the_only_regression_in_at_least_90_percent()
    {
        var ok = Rate("one x1.25", seed =>
        {
            var sim = new SuiteSimulator(seed);
            var target = sim.Names[seed % sim.Names.Count];
            var analysis = Trial(seed, s => s.Run(slowdown: new Dictionary<string, double> { [target] = 1.25 }), sim);
            var failing = analysis.Comparisons.Where(c => c.Fails).Select(c => c.FullName).ToList();
            return failing.Count == 1 && failing[0] == target;
        });
        Assert.True(ok >= 90, $"suites where exactly the slowed benchmark regressed: {ok}/{Trials}");
    }

    [Fact]
    public void One_benchmark_10_percent_slower_is_at_least_suspected_in_at_least_90_percent()
    {
        // A 10% change is about two between-run standard deviations of a noisy benchmark (σ 4-5%): no rule can both
        // flag it reliably there and stay quiet in A/A, so the bar is set for benchmarks with between-run σ ≤ 3%.
        var ok = Rate("one x1.10", seed =>
        {
            var sim = new SuiteSimulator(seed, maxBetweenSigma: 0.03);
            var target = sim.Names[seed % sim.Names.Count];
            var analysis = Trial(seed, s => s.Run(slowdown: new Dictionary<string, double> { [target] = 1.10 }), sim);
            var verdict = analysis.Comparisons.Single(c => c.FullName == target).Verdict;
            return verdict is TimeVerdict.Suspected or TimeVerdict.Regression;
        });
        Assert.True(ok >= 90, $"suites where the 10% slowdown was at least SUSPECTED: {ok}/{Trials}");
    }

    [Fact]
    public void One_extra_kilobyte_per_operation_is_an_allocation_regression_every_time()
    {
        var ok = Rate("+1 KB alloc", seed =>
        {
            var sim = new SuiteSimulator(seed);
            var target = sim.Names[seed % sim.Names.Count];
            var analysis = Trial(seed, s => s.Run(extraBytes: new Dictionary<string, double> { [target] = 1024 }), sim);
            return analysis.Comparisons.Where(c => c.AllocationVerdict == AllocationVerdict.Regression).Select(c => c.FullName).SequenceEqual([target]);
        });
        Assert.Equal(Trials, ok);
    }
}
