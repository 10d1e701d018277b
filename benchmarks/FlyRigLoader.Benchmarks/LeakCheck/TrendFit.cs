using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>A least-squares line through one memory series against the cycle number.</summary>
/// <param name="SlopeMbPerCycle">Growth per cycle (MB).</param>
/// <param name="RSquared">Share of the variance the line explains (0 for a perfectly flat series).</param>
/// <param name="PValue">Two-sided p-value of the slope against zero (Student t, n − 2 degrees of freedom).</param>
public sealed record TrendFit(double SlopeMbPerCycle, double RSquared, double PValue)
{
    /// <summary>Fits <paramref name="valuesMb"/> (one value per cycle, cycles 1…n); needs at least 3 values.</summary>
    public static TrendFit Of(IReadOnlyList<double> valuesMb)
    {
        ArgumentNullException.ThrowIfNull(valuesMb);
        if (valuesMb.Count < 3)
        {
            throw new ArgumentException($"a trend needs at least 3 cycles, got {valuesMb.Count}", nameof(valuesMb));
        }

        var n = valuesMb.Count;
        var x = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        var y = valuesMb.ToArray();
        var (intercept, slope) = Fit.Line(x, y);
        var meanX = x.Average();
        var meanY = y.Average();
        var sxx = x.Sum(v => (v - meanX) * (v - meanX));
        var sst = y.Sum(v => (v - meanY) * (v - meanY));
        var sse = x.Zip(y, (xi, yi) => Math.Pow(yi - (intercept + (slope * xi)), 2)).Sum();

        // Float noise on a flat series must not read as a trend: relative to the data's magnitude, tiny is zero.
        var scale = Math.Max(1e-12, y.Max(Math.Abs));
        if (sse <= 1e-18 * scale * scale * n)
        {
            var flat = Math.Abs(slope) <= 1e-12 * scale;
            return new TrendFit(flat ? 0 : slope, flat ? 0 : 1, flat ? 1 : 0);
        }

        var rSquared = sst <= 0 ? 0 : Math.Clamp(1 - (sse / sst), 0, 1);
        var standardError = Math.Sqrt(sse / (n - 2) / sxx);
        var t = slope / standardError;
        var p = 2 * (1 - StudentT.CDF(0, 1, n - 2, Math.Abs(t)));
        return new TrendFit(slope, rSquared, Math.Clamp(p, 0, 1));
    }
}
