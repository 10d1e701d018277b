namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>Descriptive statistics and confidence intervals (95 % unless chosen otherwise) of one benchmark's per-iteration samples.</summary>
/// <param name="N">Sample count.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="Median">Median.</param>
/// <param name="StdDev">Sample standard deviation (n − 1); 0 for a single sample.</param>
/// <param name="Min">Smallest sample.</param>
/// <param name="Max">Largest sample.</param>
/// <param name="CoefficientOfVariation">StdDev / Mean (0 when the mean is 0).</param>
/// <param name="StudentT">CI of the mean by Student's t; null with fewer than 2 samples.</param>
/// <param name="Bootstrap">Percentile bootstrap CI of the mean; null with fewer than 2 samples.</param>
/// <param name="OutlierCount">Samples outside Tukey's fences (Q1 − 1.5 IQR, Q3 + 1.5 IQR).</param>
public sealed record SampleSummary(
    int N,
    double Mean,
    double Median,
    double StdDev,
    double Min,
    double Max,
    double CoefficientOfVariation,
    ConfidenceInterval? StudentT,
    ConfidenceInterval? Bootstrap,
    int OutlierCount)
{
    /// <summary>Which interval <see cref="UpperBound"/> reads.</summary>
    public IntervalMethod Method { get; init; } = IntervalMethod.StudentT;

    /// <summary>The upper bound SLAs compare against: the chosen interval's, or the only sample's value.</summary>
    public double UpperBound => Judged?.Upper ?? Max;

    /// <summary>What <see cref="UpperBound"/> is, for verdict details: "95% CI upper bound", "90% bootstrap CI upper bound".</summary>
    public string UpperBoundName => Judged is { } ci
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ci.Level * 100:0.##}%{(Method == IntervalMethod.Bootstrap ? " bootstrap" : "")} CI upper bound")
        : "only sample";

    // The interval the SLAs read; null with a single sample.
    private ConfidenceInterval? Judged => Method == IntervalMethod.Bootstrap ? Bootstrap : StudentT;
}
