using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>Computes <see cref="SampleSummary"/> from samples. Pure and deterministic (the bootstrap RNG is seeded).</summary>
public static class SampleStatistics
{
    /// <summary>Default confidence level of the intervals the gate reports (gate-config.json's report_confidence_level).</summary>
    public const double Level = 0.95;

    /// <summary>Bootstrap resamples; 10,000 keeps the percentile bounds stable to well under 1 % of the CI width.</summary>
    public const int BootstrapResamples = 10_000;

    /// <summary>Default RNG seed, so the same samples always give the same bootstrap interval.</summary>
    public const int DefaultSeed = 20240117;

    /// <summary>
    /// Summarises <paramref name="samples"/> with intervals at <paramref name="intervals"/>' level (default
    /// <see cref="IntervalSettings.Default"/>); throws on an empty list.
    /// </summary>
    public static SampleSummary Summarize(IReadOnlyList<double> samples, IntervalSettings? intervals = null, int seed = DefaultSeed, int resamples = BootstrapResamples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        intervals ??= IntervalSettings.Default;
        if (samples.Count == 0)
        {
            throw new ArgumentException("at least one sample is needed", nameof(samples));
        }

        var data = samples.ToArray();
        var n = data.Length;
        var mean = data.Mean();
        var sd = n > 1 ? data.StandardDeviation() : 0;
        var sorted = data.Order().ToArray();
        return new SampleSummary(
            n,
            mean,
            SortedArrayStatistics.Median(sorted),
            sd,
            sorted[0],
            sorted[^1],
            mean == 0 ? 0 : sd / mean,
            n > 1 ? StudentTInterval(mean, sd, n, intervals.Level) : null,
            n > 1 ? BootstrapInterval(data, intervals.Level, resamples, seed) : null,
            CountOutliers(sorted))
        {
            Method = intervals.Method,
        };
    }

    /// <summary>Student-t interval of the mean: mean ± t(1 − α/2, n − 1) · sd / √n.</summary>
    public static ConfidenceInterval StudentTInterval(double mean, double sd, int n, double level)
    {
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - level) / 2));
        var half = t * sd / Math.Sqrt(n);
        return new ConfidenceInterval(mean - half, mean + half, level);
    }

    /// <summary>Percentile bootstrap interval of the mean with a seeded generator.</summary>
    public static ConfidenceInterval BootstrapInterval(IReadOnlyList<double> data, double level, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        // System.Random with an explicit seed uses a fixed legacy algorithm: identical sequences on every runtime.
#pragma warning disable CA5394 // statistical resampling, not security
        var random = new Random(seed);
        var means = new double[resamples];
        var n = data.Count;
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += data[random.Next(n)];
            }

            means[r] = sum / n;
        }
#pragma warning restore CA5394

        Array.Sort(means);
        var alpha = (1 - level) / 2;
        return new ConfidenceInterval(
            SortedArrayStatistics.QuantileCustom(means, alpha, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(means, 1 - alpha, QuantileDefinition.R7),
            level);
    }

    /// <summary>Tukey's rule on R-7 quartiles (the default of R and numpy).</summary>
    public static int CountOutliers(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count < 4)
        {
            return 0;
        }

        var array = sorted as double[] ?? sorted.ToArray();
        var q1 = SortedArrayStatistics.QuantileCustom(array, 0.25, QuantileDefinition.R7);
        var q3 = SortedArrayStatistics.QuantileCustom(array, 0.75, QuantileDefinition.R7);
        var iqr = q3 - q1;
        return array.Count(x => x < q1 - (1.5 * iqr) || x > q3 + (1.5 * iqr));
    }
}
