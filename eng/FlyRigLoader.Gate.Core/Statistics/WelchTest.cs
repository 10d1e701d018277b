namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>
/// Welch's unequal-variance t-test, two-sided (the suite guide's "Welch's t-test"). Reported beside the Mann–Whitney test
/// the verdict uses, never deciding it: timing samples are skewed, and Welch compares means.
/// </summary>
public static class WelchTest
{
    /// <summary>
    /// The t statistic (mean of <paramref name="x"/> minus mean of <paramref name="y"/> over the unpooled standard error),
    /// the Welch–Satterthwaite degrees of freedom and the two-sided p-value; null when either side has fewer than two
    /// samples or both have no spread (no t exists).
    /// </summary>
    public static (double T, double DegreesOfFreedom, double PValue)? Of(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count < 2 || y.Count < 2)
        {
            return null;
        }

        var vx = MathNet.Numerics.Statistics.Statistics.Variance(x) / x.Count;
        var vy = MathNet.Numerics.Statistics.Statistics.Variance(y) / y.Count;
        var se2 = vx + vy;
        if (!(se2 > 0) || !double.IsFinite(se2))
        {
            return null;
        }

        var t = (MathNet.Numerics.Statistics.Statistics.Mean(x) - MathNet.Numerics.Statistics.Statistics.Mean(y)) / Math.Sqrt(se2);
        var df = se2 * se2 / ((vx * vx / (x.Count - 1)) + (vy * vy / (y.Count - 1)));
        var p = 2 * (1 - MathNet.Numerics.Distributions.StudentT.CDF(0, 1, df, Math.Abs(t)));
        return (t, df, Math.Clamp(p, 0.0, 1.0));
    }
}
