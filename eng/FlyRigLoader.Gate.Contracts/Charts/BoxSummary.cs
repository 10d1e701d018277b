namespace FlyRigLoader.Gate.Contracts.Charts;

/// <summary>Tukey box of a sample: quartiles and whiskers at the most extreme samples within 1.5 IQR.</summary>
/// <param name="Position">Where the box stands on the category axis.</param>
/// <param name="Q1">First quartile.</param>
/// <param name="Median">Median.</param>
/// <param name="Q3">Third quartile.</param>
/// <param name="WhiskerLow">Smallest sample ≥ Q1 − 1.5 IQR (at most Q1).</param>
/// <param name="WhiskerHigh">Largest sample ≤ Q3 + 1.5 IQR (at least Q3).</param>
public sealed record BoxSummary(double Position, double Q1, double Median, double Q3, double WhiskerLow, double WhiskerHigh)
{
    /// <summary>The box of <paramref name="values"/> (at least one) placed at <paramref name="position"/>.</summary>
    public static BoxSummary Of(double position, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("a box needs at least one value", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var q1 = Quantile(sorted, 0.25);
        var q3 = Quantile(sorted, 0.75);
        var fence = 1.5 * (q3 - q1);
        // With interpolated quartiles the nearest sample inside a fence can lie inside the box: the whisker then ends at the box.
        return new BoxSummary(position, q1, Quantile(sorted, 0.5), q3, Math.Min(q1, sorted.First(v => v >= q1 - fence)), Math.Max(q3, sorted.Last(v => v <= q3 + fence)));
    }

    /// <summary>Linear-interpolation quantile (type 7, as R and NumPy default) of ascending values.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
