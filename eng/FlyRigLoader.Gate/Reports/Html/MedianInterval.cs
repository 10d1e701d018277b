namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>
/// Distribution-free 95 % confidence interval of a median from order statistics (ranks n/2 ∓ 1.96 √n / 2, the normal approximation of the binomial; for n = 15 the exact ranks 4 and 12):
/// the report's own intervals are of the mean, and the table shows medians.
/// </summary>
internal static class MedianInterval
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
        var lo = Math.Max(1, (int)Math.Round((n / 2.0) - half, MidpointRounding.AwayFromZero));
        var hi = Math.Min(n, (int)Math.Round(1 + (n / 2.0) + half, MidpointRounding.AwayFromZero));
        return (sorted[lo - 1], sorted[hi - 1]);
    }
}
