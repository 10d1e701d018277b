namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The suite guide's <c>regression_analysis.baseline_comparison</c> (pure projection of the stored verdicts): the
/// baseline's date and age, whether a regression was found, the suite's performance change in percent and the
/// categories that improved. Written in the gate's report and, with the seed's category spelling, in the seed format.
/// </summary>
public sealed record GuideBaselineComparison
{
    /// <summary>Date of the baseline's newest run (ISO 8601 UTC), or null when unknown or there was none.</summary>
    public string? BaselineDate { get; init; }

    /// <summary>Age of the baseline's newest run in days, or null when unknown.</summary>
    public double? BaselineAgeDays { get; init; }

    /// <summary>True when the gate found a regression.</summary>
    public bool RegressionDetected { get; init; }

    /// <summary>
    /// Median over benchmarks of the current/baseline median ratio as measured, minus 1, in percent (−2.3 = the suite ran
    /// 2.3 % faster); the drift's <c>suite_shift</c> × 100. Null when no comparison ran.
    /// </summary>
    public double? PerformanceDeltaPercentage { get; init; }

    /// <summary>Categories with at least one IMPROVEMENT verdict, sorted; empty when none improved.</summary>
    public IReadOnlyList<string> ImprovementAreas { get; init; } = [];

    /// <summary>The guide's object for <paramref name="analysis"/>; <paramref name="categoryName"/> spells each category (identity for the gate's report).</summary>
    public static GuideBaselineComparison Of(RegressionAnalysis analysis, Func<string, string>? categoryName = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var details = analysis.Details;
        var spell = categoryName ?? (c => c);
        return new GuideBaselineComparison
        {
            BaselineDate = details?.Baseline?.LatestRunDate,
            BaselineAgeDays = details?.Baseline?.AgeDays,
            RegressionDetected = analysis.RegressionDetected,
            PerformanceDeltaPercentage = details?.Drift is { } drift ? drift.SuiteShift * 100 : null,
            ImprovementAreas = [.. (details?.Benchmarks ?? [])
                .Where(b => b.Verdict == "IMPROVEMENT" && b.Category is not null)
                .Select(b => spell(b.Category!)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }
}
