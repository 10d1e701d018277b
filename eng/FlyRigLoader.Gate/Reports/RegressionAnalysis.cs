using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Reports;

/// <summary>The regression gate's verdict, stored in the report. The regression helper owns <see cref="Details"/>.</summary>
/// <param name="Status">e.g. NO_REGRESSION, REGRESSION_DETECTED, NO_BASELINE, NOT_AVAILABLE.</param>
/// <param name="RegressionDetected">True when the gate found a regression.</param>
/// <param name="Baseline">The baseline compared against, or null.</param>
/// <param name="Details">Gate-specific details (per-benchmark ratios, tests, …), or null.</param>
public sealed record RegressionAnalysis(string Status, bool RegressionDetected, string? Baseline, JObject? Details);
