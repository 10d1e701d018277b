using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.History;

/// <summary>
/// How fast the whole suite ran in each run of a history: per run, the median over benchmarks of how far each
/// benchmark's log median sat from its own typical level. Runs a day apart on one fingerprint differ as a whole (another
/// VM on the same CPU model, a busy host): measured in one history here, the afternoon's five runs sat 7–29 % above the
/// morning's as a whole, and 38 untouched benchmarks of 56 showed a "change point" between them (5 did against the
/// suite, 2 of them the real one). Dividing each
/// benchmark's median by the level of the <em>other</em> benchmarks of its run removes that shared part; a benchmark
/// whose own code changed still moves against the rest. What the whole suite does is then its own series
/// (<see cref="Overall"/>), reported apart: the host, or a change that touched everything.
/// </summary>
public sealed class SuiteLevel
{
    /// <summary>Fewer benchmarks than this in a run and a median says little about the host: times stay as measured.</summary>
    public const int MinBenchmarks = 4;

    private readonly double[][] _sorted;
    private readonly Dictionary<string, double>[] _deviations;

    private SuiteLevel(double[][] sorted, Dictionary<string, double>[] deviations)
    {
        _sorted = sorted;
        _deviations = deviations;
        Overall = [.. sorted.Select(RobustStatistics.MedianOfSorted)];
    }

    /// <summary>Per run, the log of the suite's level (0 = typical; 0.1 = the suite ran about 10.5 % slower).</summary>
    public IReadOnlyList<double> Overall { get; }

    /// <summary>
    /// The levels of <paramref name="runs"/> (per run, benchmark name → median), or null when some run has fewer than
    /// <see cref="MinBenchmarks"/> + 1 benchmarks that count (measured in at least two runs, so that they have a typical
    /// level to deviate from) — a leave-one-out level then rests on fewer than <see cref="MinBenchmarks"/>.
    /// </summary>
    public static SuiteLevel? Estimate(IReadOnlyList<IReadOnlyDictionary<string, double>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count < 2)
        {
            return null;
        }

        var typical = runs.SelectMany(r => r).GroupBy(p => p.Key, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => RobustStatistics.Median(g.Select(p => Log(p.Value, p.Key))), StringComparer.Ordinal);
        var deviations = runs.Select(r => r.Where(p => typical.ContainsKey(p.Key))
            .ToDictionary(p => p.Key, p => Log(p.Value, p.Key) - typical[p.Key], StringComparer.Ordinal)).ToArray();
        return deviations.Any(d => d.Count < MinBenchmarks + 1)
            ? null
            : new SuiteLevel([.. deviations.Select(d => d.Values.Order().ToArray())], deviations);
    }

    /// <summary>
    /// Per run, the log level of the suite without <paramref name="benchmark"/> (its own step must not move the level
    /// it is divided by); <see cref="Overall"/> for a run that did not measure it.
    /// </summary>
    public IReadOnlyList<double> Excluding(string benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return [.. _sorted.Select((sorted, run) => _deviations[run].TryGetValue(benchmark, out var own) ? MedianWithout(sorted, own) : Overall[run])];
    }

    private static double Log(double median, string name) => median > 0 && double.IsFinite(median)
        ? Math.Log(median)
        : throw new ArgumentException($"{name}: every median must be positive and finite", nameof(median));

    // The median of sorted without one occurrence of value: rank r of the rest is sorted[r] below value's place, sorted[r + 1] from it.
    private static double MedianWithout(double[] sorted, double value)
    {
        var at = Array.BinarySearch(sorted, value);
        var m = sorted.Length - 1;
        double Rank(int r) => sorted[r < at ? r : r + 1];
        return m % 2 == 1 ? Rank(m / 2) : (Rank((m / 2) - 1) + Rank(m / 2)) / 2;
    }
}
