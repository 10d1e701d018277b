using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// Suite-relative normalization (pure): the factor each benchmark of one run is divided by, i.e. how much slower the
/// rest of the suite ran in that run than in the baseline. A busy machine moves the whole suite; a code change moves a few
/// benchmarks, which the median of the others does not follow.
/// </summary>
internal static class SuiteNormalizer
{
    /// <summary>
    /// Per-benchmark factor from the log ratios (log(current median / reference)) of one run's comparable benchmarks.
    /// Every factor is 1 when fewer than <paramref name="minBenchmarks"/> benchmarks (others, for leave-one-out) are
    /// available: a median of two or three ratios is noise, not the machine.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Factors(IReadOnlyDictionary<string, double> logRatios, SuiteNormalization mode, int minBenchmarks)
    {
        ArgumentNullException.ThrowIfNull(logRatios);
        var factors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in logRatios.Keys)
        {
            var others = mode switch
            {
                SuiteNormalization.LeaveOneOut => logRatios.Where(kv => !string.Equals(kv.Key, name, StringComparison.Ordinal)).Select(kv => kv.Value).ToList(),
                SuiteNormalization.SuiteMedian => logRatios.Values.ToList(),
                _ => [],
            };
            var needed = mode == SuiteNormalization.LeaveOneOut ? minBenchmarks - 1 : minBenchmarks;
            factors[name] = others.Count > 0 && others.Count >= needed ? Math.Exp(RobustStatistics.Median(others)) : 1.0;
        }

        return factors;
    }
}
