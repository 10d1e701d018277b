namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>
/// Distribution-free 95 % confidence interval of a median from order statistics (binomial, normal approximation):
/// the report's own intervals are of the mean, and the table shows medians.
/// </summary>
public static class MedianInterval
{
    /// <summary>The interval, or null with fewer than 6 samples (too few for a 95 % order-statistic interval).</summary>
    public static (double Lower, double Upper)? Of(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var n = samples.Count;
        if (n < 6)
        {
            return null;
        }

        var sorted = samples.Order().ToArray();
        var half = 1.959963984540054 * Math.Sqrt(n) / 2;
        var lo = Math.Max(1, (int)Math.Floor((n / 2.0) - half));
        var hi = Math.Min(n, (int)Math.Ceiling(1 + (n / 2.0) + half));
        return (sorted[lo - 1], sorted[hi - 1]);
    }
}
