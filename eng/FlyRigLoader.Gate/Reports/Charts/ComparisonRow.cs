namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>One benchmark's line of the regression analysis stored in the report (<c>regression_analysis.details.benchmarks</c>).</summary>
/// <param name="FullName">Benchmark full name.</param>
/// <param name="Category">Category, or null.</param>
/// <param name="Verdict">Time verdict (REGRESSION, SUSPECTED, NO_CHANGE, …).</param>
/// <param name="AllocationVerdict">Allocation verdict.</param>
/// <param name="Ratio">Current/baseline median ratio, or null.</param>
/// <param name="RatioLower">Lower 95 % bound of the ratio, or null.</param>
/// <param name="RatioUpper">Upper 95 % bound, or null.</param>
/// <param name="BaselineMedianNs">Baseline median, or null.</param>
/// <param name="CurrentMedianNs">Current median, or null.</param>
/// <param name="BaselineAllocatedBytes">Baseline allocation per operation, or null.</param>
/// <param name="Informational">The ratio comes from an incomparable baseline: for information, no verdict from it.</param>
/// <param name="DetectableRegression">The smallest relative slowdown the comparison could call a REGRESSION, or null.</param>
/// <param name="DetectableSuspected">The smallest relative slowdown it would flag at least SUSPECTED, or null.</param>
internal sealed record ComparisonRow(
    string FullName,
    string? Category,
    string Verdict,
    string AllocationVerdict,
    double? Ratio,
    double? RatioLower,
    double? RatioUpper,
    double? BaselineMedianNs,
    double? CurrentMedianNs,
    double? BaselineAllocatedBytes,
    bool Informational = false,
    double? DetectableRegression = null,
    double? DetectableSuspected = null);
