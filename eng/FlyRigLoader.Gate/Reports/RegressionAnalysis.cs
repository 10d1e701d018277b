namespace FlyRigLoader.Gate.Reports;

/// <summary>The regression gate's verdict, stored in the report. </summary>
/// <param name="Status">e.g. NO_REGRESSION, REGRESSION_DETECTED, NO_BASELINE, NOT_AVAILABLE.</param>
/// <param name="RegressionDetected">True when the gate found a regression.</param>
/// <param name="Baseline">The baseline compared against, or null.</param>
/// <param name="Details">Every verdict with its numbers, the drift and the thresholds, or null when no comparison ran.</param>
public sealed record RegressionAnalysis(string Status, bool RegressionDetected, string? Baseline, RegressionDetails? Details);
