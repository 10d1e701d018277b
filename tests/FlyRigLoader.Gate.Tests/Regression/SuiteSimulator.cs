using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Tests.Regression;

/// <summary>
/// Seeded synthetic benchmark suites with the noise structure seen on shared CI runners: a per-run machine factor shared by
/// every benchmark, per-benchmark between-run drift (JIT/layout/alignment differences between processes), lognormal
/// within-run noise and occasional upward outliers.
/// </summary>
internal sealed class SuiteSimulator
{
    private readonly Random _random;
    private readonly Bench[] _benches;

    private sealed record Bench(string Name, double MedianNs, double WithinSigma, double BetweenSigma, double AllocatedBytes);

    public SuiteSimulator(int seed, int benchmarks = 20, double machineSigma = 0.02, double maxBetweenSigma = 0.04, double maxWithinSigma = 0.05)
    {
        _random = new Random(seed);
        MachineSigma = machineSigma;
        _benches = Enumerable.Range(0, benchmarks).Select(i => new Bench(
            $"Sim.Suite{i % 4}.Bench{i}(Size: {i})",
            Math.Pow(10, 3 + (5 * _random.NextDouble())),
            0.01 + ((maxWithinSigma - 0.01) * _random.NextDouble()),
            0.005 + ((maxBetweenSigma - 0.005) * _random.NextDouble()),
            Math.Round(1000 + (100000 * _random.NextDouble())))).ToArray();
    }

    public double MachineSigma { get; }

    public IReadOnlyList<string> Names => _benches.Select(b => b.Name).ToList();

    /// <summary>One run. <paramref name="slowdown"/> multiplies a benchmark's true time; <paramref name="machine"/> the whole machine
    /// (each benchmark reacts with its own sensitivity); <paramref name="extraBytes"/> adds allocations.</summary>
    public (List<MeasuredBenchmark> Benchmarks, double CalibrationNs) Run(
        int samples = 15, double machine = 1.0, IReadOnlyDictionary<string, double>? slowdown = null, IReadOnlyDictionary<string, double>? extraBytes = null)
    {
        var runFactor = Math.Exp(MachineSigma * Gaussian()) * machine;
        var list = new List<MeasuredBenchmark>();
        foreach (var b in _benches)
        {
            // Memory-bound and CPU-bound code slow down differently when a neighbour burns the other core.
            var sensitivity = machine == 1.0 ? 1.0 : 0.6 + (0.4 * _random.NextDouble());
            var benchFactor = Math.Pow(runFactor, sensitivity) * Math.Exp(b.BetweenSigma * Gaussian()) * (slowdown?.GetValueOrDefault(b.Name, 1.0) ?? 1.0);
            var values = new double[samples];
            for (var i = 0; i < samples; i++)
            {
                var outlier = _random.NextDouble() < 0.05 ? 1.0 + (0.5 * _random.NextDouble()) : 1.0;
                values[i] = b.MedianNs * benchFactor * Math.Exp(b.WithinSigma * Gaussian()) * outlier;
            }

            var jitter = _random.NextDouble() < 0.2 ? 8 : 0;
            list.Add(new MeasuredBenchmark(b.Name, "sim", values, b.AllocatedBytes + jitter + (extraBytes?.GetValueOrDefault(b.Name, 0) ?? 0)));
        }

        var calibration = 1_000_000 * runFactor * Math.Exp(0.01 * Gaussian());
        return (list, calibration);
    }

    /// <summary>K accepted runs as baseline history plus the median calibration.</summary>
    public (List<BenchmarkHistory> History, double CalibrationNs) Baseline(int runs = 5, int samples = 15)
    {
        var made = Enumerable.Range(0, runs).Select(_ => Run(samples)).ToList();
        var history = _benches.Select((b, i) => new BenchmarkHistory(
            b.Name, "sim",
            made.Select(m => (IReadOnlyList<double>)m.Benchmarks[i].SamplesNs).ToList(),
            made.Select(m => m.Benchmarks[i].AllocatedBytesPerOp).ToList())).ToList();
        return (history, RobustStatistics.Median(made.Select(m => m.CalibrationNs)));
    }

    private double Gaussian()
    {
        // Box–Muller keeps the simulator dependent on nothing but the seed.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
