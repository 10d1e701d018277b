using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>What the regression gate decided.</summary>
/// <param name="ExitCode">0 no regression, 1 regression, 2 invalid input or missing baseline, 3 no verdict (INCOMPARABLE or INCONCLUSIVE).</param>
/// <param name="Analysis">Stored as the report's <c>regression_analysis</c>.</param>
public sealed record RegressionOutcome(int ExitCode, RegressionAnalysis? Analysis);
