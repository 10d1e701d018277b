namespace FlyRigLoader.Gate.Reports;

/// <summary>The regression gate's verdict, stored in the report. </summary>
/// <param name="Status">e.g. NO_REGRESSION, REGRESSION_DETECTED, NO_BASELINE, NOT_AVAILABLE.</param>
/// <param name="RegressionDetected">True when the gate found a regression.</param>
/// <param name="Baseline">The baseline compared against, or null.</param>
/// <param name="Details">Every verdict with its numbers, the drift and the thresholds, or null when no comparison ran.</param>
public sealed record RegressionAnalysis(string Status, bool RegressionDetected, string? Baseline, RegressionDetails? Details)
{
    /// <summary>The suite guide's name for <see cref="Status"/> (REGRESSION_DETECTED, REGRESSION_SUSPECTED, NO_REGRESSION, NO_BASELINE), or null when it has none.</summary>
    public string? GuideStatus => GuideVerdicts.ForRun(Status, Details?.Benchmarks.Select(b => b.GuideVerdict) ?? []);

    /// <summary>
    /// The suite guide's <c>baseline_comparison</c> (baseline date and age, regression found, suite delta %, improved
    /// categories), derived from <see cref="Details"/> when written and not read back.
    /// </summary>
    public GuideBaselineComparison BaselineComparison => GuideBaselineComparison.Of(this);

    /// <summary>The per-benchmark verdict of <paramref name="fullName"/>, or null when the comparison did not list it.</summary>
    public BenchmarkVerdictDetails? For(string fullName) => Details?.Benchmarks.FirstOrDefault(b => b.FullName == fullName);
}
