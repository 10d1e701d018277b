using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// Removes what a round did to both builds alike (pure): a randomized-block design with rounds as blocks. For each
/// benchmark and round r, both sides' samples are divided by exp(c_r − c̄), where c_r is the mean of the two sides' log
/// medians in that round and c̄ its mean over rounds. A neighbour that slowed round 2 by 60% slows A and B alike there,
/// so it drops out, while the B/A ratio within every round, which is what the code changed, is kept exactly.
/// </summary>
internal static class RoundBlocking
{
    /// <summary>Adjusted copies of the per-round runs; <paramref name="a"/>[r] and <paramref name="b"/>[r] are round r.</summary>
    public static (IReadOnlyList<MeasuredRun> A, IReadOnlyList<MeasuredRun> B) RemoveRoundEffects(IReadOnlyList<MeasuredRun> a, IReadOnlyList<MeasuredRun> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"A has {a.Count} rounds and B {b.Count}; blocking needs pairs", nameof(b));
        }

        var factors = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var name in a.SelectMany(r => r.Benchmarks).Select(x => x.FullName).Distinct(StringComparer.Ordinal))
        {
            var centers = new double?[a.Count];
            for (var r = 0; r < a.Count; r++)
            {
                var (x, y) = (LogMedian(a[r], name), LogMedian(b[r], name));
                centers[r] = x is { } ax && y is { } by ? (ax + by) / 2 : null;
            }

            var known = centers.Where(c => c is not null).Select(c => c!.Value).ToList();
            // A benchmark missing from a round on either side cannot be paired there; it keeps its samples unscaled.
            factors[name] = known.Count < 2
                ? Enumerable.Repeat(1.0, a.Count).ToArray()
                : centers.Select(c => c is { } v ? Math.Exp(v - known.Average()) : 1.0).ToArray();
        }

        return (Scale(a, factors), Scale(b, factors));
    }

    private static double? LogMedian(MeasuredRun run, string name) =>
        run.Benchmarks.FirstOrDefault(x => x.FullName == name) is { SamplesNs.Count: > 0 } found && RobustStatistics.Median(found.SamplesNs) is var m && m > 0
            ? Math.Log(m)
            : null;

    private static List<MeasuredRun> Scale(IReadOnlyList<MeasuredRun> runs, Dictionary<string, double[]> factors) =>
        runs.Select((run, r) => run with
        {
            Benchmarks = run.Benchmarks.Select(x => factors.TryGetValue(x.FullName, out var f) && f[r] != 1.0
                ? x with { SamplesNs = x.SamplesNs.Select(s => s / f[r]).ToList() }
                : x).ToList(),
        }).ToList();
}
