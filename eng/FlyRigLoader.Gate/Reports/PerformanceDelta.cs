namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The suite guide's <c>performance_delta</c> of one benchmark: current minus baseline mean and median, absolute (in
/// <see cref="Unit"/>) and as a percentage of the baseline's. Means are of the samples the test compared (current after
/// normalization, baseline pooled over its runs); medians are the verdict's (the baseline's is the median of its runs' medians).
/// </summary>
public sealed record PerformanceDelta
{
    /// <summary>Current mean − baseline mean.</summary>
    public double? MeanDelta { get; init; }

    /// <summary>Current median − baseline median.</summary>
    public double? MedianDelta { get; init; }

    /// <summary>(Current mean − baseline mean) / baseline mean × 100.</summary>
    public double? MeanDeltaPercentage { get; init; }

    /// <summary>(Current median − baseline median) / baseline median × 100.</summary>
    public double? MedianDeltaPercentage { get; init; }

    /// <summary>Unit of the absolute deltas: <c>ns</c>, as every time in the regression analysis.</summary>
    public string Unit { get; init; } = "ns";

    /// <summary>The deltas of the given means and medians (ns), or null when neither pair is known.</summary>
    public static PerformanceDelta? Of(double? baselineMean, double? currentMean, double? baselineMedian, double? currentMedian)
    {
        var mean = Delta(baselineMean, currentMean);
        var median = Delta(baselineMedian, currentMedian);
        return mean is null && median is null ? null : new PerformanceDelta
        {
            MeanDelta = mean?.Absolute, MeanDeltaPercentage = mean?.Percentage, MedianDelta = median?.Absolute, MedianDeltaPercentage = median?.Percentage,
        };
    }

    private static (double Absolute, double? Percentage)? Delta(double? baseline, double? current) =>
        baseline is { } b && current is { } c && double.IsFinite(b) && double.IsFinite(c)
            ? (c - b, b > 0 ? (c - b) / b * 100 : null)
            : null;
}
