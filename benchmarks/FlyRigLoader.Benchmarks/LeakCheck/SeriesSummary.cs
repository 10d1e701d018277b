namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>
/// The suite guide's memory-series analysis of one leak-check series (MB after each cycle): its levels, its stability
/// and its outliers. Reported beside the slope fit; the leak verdict stays the slope rule (<see cref="LeakVerdict"/>).
/// </summary>
/// <param name="BaselineMb">The first cycle's value (the guide's baseline).</param>
/// <param name="PeakMb">The highest value.</param>
/// <param name="MinMb">The lowest value.</param>
/// <param name="AverageMb">Mean over the cycles.</param>
/// <param name="StdDevMb">Sample standard deviation (n - 1), 0 for one value.</param>
/// <param name="CoefficientOfVariation">StdDev / mean (0 when the mean is 0): the guide's stability measure.</param>
/// <param name="PeakToBaselineRatio">Peak / baseline (null when the baseline is 0).</param>
/// <param name="RangePercent">(peak - min) / mean x 100 (0 when the mean is 0).</param>
/// <param name="OutlierCycles">1-based cycles outside Tukey's fences (1.5 IQR beyond the quartiles, R-7 quartiles).</param>
public sealed record SeriesSummary(
    double BaselineMb,
    double PeakMb,
    double MinMb,
    double AverageMb,
    double StdDevMb,
    double CoefficientOfVariation,
    double? PeakToBaselineRatio,
    double RangePercent,
    IReadOnlyList<int> OutlierCycles)
{
    /// <summary>Summarises <paramref name="values"/>; at least one value.</summary>
    public static SeriesSummary Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("a memory series needs at least one value", nameof(values));
        }

        var mean = values.Average();
        var sd = values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        var peak = values.Max();
        var min = values.Min();
        var sorted = values.Order().ToList();
        var q1 = Quantile(sorted, 0.25);
        var q3 = Quantile(sorted, 0.75);
        var iqr = q3 - q1;
        var outliers = values.Select((v, i) => (v, Cycle: i + 1)).Where(p => p.v < q1 - (1.5 * iqr) || p.v > q3 + (1.5 * iqr)).Select(p => p.Cycle).ToList();
        return new SeriesSummary(
            values[0], peak, min, mean, sd, mean == 0 ? 0 : sd / mean, values[0] == 0 ? null : peak / values[0], mean == 0 ? 0 : (peak - min) / mean * 100, outliers);
    }

    // R-7 (linear interpolation between order statistics), the definition the gate uses for its timing quartiles.
    private static double Quantile(List<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
