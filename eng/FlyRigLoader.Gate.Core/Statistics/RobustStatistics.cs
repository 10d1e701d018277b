namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>Small order statistics used by the verdict rule.</summary>
public static class RobustStatistics
{
    /// <summary>Median (mean of the two middle values for even counts); NaN when empty.</summary>
    public static double Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        return MedianOfSorted(sorted);
    }

    /// <summary>The median of <paramref name="values"/>[<paramref name="start"/>, <paramref name="end"/>) (a segment of a series), NaN when empty.</summary>
    public static double Median(IReadOnlyList<double> values, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Median(values.Skip(start).Take(end - start));
    }

    /// <summary>
    /// 1.4826 × the median absolute deviation from the median: the standard deviation for normal data, unmoved by a
    /// minority of wild values (one run of five that a burst covered from end to end). NaN when empty.
    /// </summary>
    public static double ScaledMad(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var median = Median(values);
        return 1.4826 * Median(values.Select(v => Math.Abs(v - median)));
    }

    /// <summary>Median of an already sorted array.</summary>
    internal static double MedianOfSorted(double[] sorted)
    {
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
