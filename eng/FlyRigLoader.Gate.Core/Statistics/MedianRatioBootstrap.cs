namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>Percentile bootstrap confidence interval of median(current) / median(baseline); seeded so reports are reproducible.</summary>
public static class MedianRatioBootstrap
{
    /// <summary>Two-sided interval at <paramref name="level"/> using <paramref name="resamples"/> resamples of each side.</summary>
    public static (double Lower, double Upper) Interval(
        IReadOnlyList<double> current, IReadOnlyList<double> baseline, double level, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        if (current.Count == 0 || baseline.Count == 0 || resamples < 10)
        {
            return (double.NaN, double.NaN);
        }

        // Random(int) is a fixed algorithm across runtimes, so the same seed gives the same interval everywhere.
#pragma warning disable CA5394 // not security relevant: resampling
        var random = new Random(seed);
        var ratios = new double[resamples];
        var a = new double[current.Count];
        var b = new double[baseline.Count];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < a.Length; i++)
            {
                a[i] = current[random.Next(current.Count)];
            }

            for (var i = 0; i < b.Length; i++)
            {
                b[i] = baseline[random.Next(baseline.Count)];
            }
#pragma warning restore CA5394

            Array.Sort(a);
            Array.Sort(b);
            ratios[r] = RobustStatistics.MedianOfSorted(a) / RobustStatistics.MedianOfSorted(b);
        }

        Array.Sort(ratios);
        var tail = (1.0 - level) / 2.0;
        return (Quantile(ratios, tail), Quantile(ratios, 1.0 - tail));
    }

    private static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
