namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The suite guide's regression verdict names beside ours (pure): <c>REGRESSION_DETECTED</c>, <c>REGRESSION_SUSPECTED</c>,
/// <c>NO_REGRESSION</c>, <c>NO_BASELINE</c>. The guide has no counterpart for a case our gate cannot judge
/// (INSUFFICIENT_DATA, INCONCLUSIVE, MISSING): those map to null, and outputs show our name instead of inventing one.
/// </summary>
internal static class GuideVerdicts
{
    /// <summary>The guide's verdict when the gate found a regression (significant and at least the threshold).</summary>
    public const string RegressionDetected = "REGRESSION_DETECTED";

    /// <summary>The guide's verdict when only one of practical and statistical significance holds.</summary>
    public const string RegressionSuspected = "REGRESSION_SUSPECTED";

    /// <summary>The guide's verdict when nothing meaningful got slower.</summary>
    public const string NoRegression = "NO_REGRESSION";

    /// <summary>The guide's verdict when there is nothing to compare with.</summary>
    public const string NoBaseline = "NO_BASELINE";

    /// <summary>The guide's status of a regression analysis that compared against a baseline.</summary>
    public const string AnalysisComplete = "ANALYSIS_COMPLETE";

    /// <summary>
    /// The guide's <c>status</c> of a whole analysis: <c>NO_BASELINE</c> when there was no baseline to compare with
    /// (<paramref name="baselineMethod"/> <c>none</c>), else <c>ANALYSIS_COMPLETE</c>.
    /// </summary>
    public static string ForAnalysis(string? baselineMethod) => baselineMethod == "none" ? NoBaseline : AnalysisComplete;

    /// <summary>
    /// One benchmark: our time verdict and allocation verdict (as printed: REGRESSION, SUSPECTED, NO_CHANGE, …) to the
    /// guide's name. An allocation regression fails the gate as a time regression does, so it is REGRESSION_DETECTED too;
    /// INCOMPARABLE means no baseline could judge the case, which is the guide's NO_BASELINE.
    /// </summary>
    public static string? ForBenchmark(string? verdict, string? allocationVerdict = null)
    {
        if (verdict == "REGRESSION" || allocationVerdict == "REGRESSION")
        {
            return RegressionDetected;
        }

        return verdict switch
        {
            "SUSPECTED" => RegressionSuspected,
            "NO_CHANGE" or "IMPROVEMENT" or "NOISE" => NoRegression,
            "NEW" or "INCOMPARABLE" => NoBaseline,
            _ => null,
        };
    }

    /// <summary>
    /// A whole run: our run status (NO_REGRESSION, REGRESSION_DETECTED, NO_BASELINE, NO_VERDICT…) and the guide names of
    /// its benchmarks. A run without a regression but with a suspected one is REGRESSION_SUSPECTED in the guide's terms;
    /// a run the gate could not judge (NO_VERDICT, ERROR, NOT_AVAILABLE) has no guide name.
    /// </summary>
    public static string? ForRun(string status, IEnumerable<string?> benchmarkGuideVerdicts)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(benchmarkGuideVerdicts);
        var verdicts = benchmarkGuideVerdicts.ToList();
        return status switch
        {
            RegressionDetected => RegressionDetected,
            NoBaseline => NoBaseline,
            NoRegression => verdicts.Contains(RegressionSuspected) ? RegressionSuspected : NoRegression,
            _ => null,
        };
    }
}
