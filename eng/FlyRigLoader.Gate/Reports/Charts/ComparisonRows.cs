namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>The per-benchmark rows and the fail threshold of the report's regression analysis details.</summary>
internal static class ComparisonRows
{
    /// <summary>The rows, or empty when the analysis has no details (no comparison ran or it failed).</summary>
    public static IReadOnlyList<ComparisonRow> From(RegressionAnalysis? analysis)
    {
        if (analysis?.Details is not { } details)
        {
            return [];
        }

        return details.Benchmarks.Where(r => r?.FullName is not null).Select(r => new ComparisonRow(
            r.FullName!, r.Category, r.Verdict ?? "UNKNOWN", r.AllocationVerdict ?? "UNKNOWN",
            Finite(r.Ratio), r.RatioCi is { Count: 2 } ci ? Finite(ci[0]) : null, r.RatioCi is { Count: 2 } cj ? Finite(cj[1]) : null,
            Finite(r.BaselineMedianNs), Finite(r.CurrentMedianNs), Finite(r.BaselineAllocatedBytes), r.Informational,
            Finite(r.DetectableRegression), Finite(r.DetectableSuspected))).ToList();
    }

    /// <summary>
    /// The fail threshold the verdicts were reached with (e.g. 0.10 for +10 %): the side-by-side one for an interleaved
    /// A/B judgement, or null when not recorded.
    /// </summary>
    public static double? FailThreshold(RegressionAnalysis? analysis) =>
        analysis?.Details is { Baseline.Method: Regression.BaselineUse.SideBySide, Config.AbFailThreshold: { } ab }
            ? Finite(ab)
            : Finite(analysis?.Details?.Config?.FailThreshold);

    private static double? Finite(double? value) => value is { } d && double.IsFinite(d) ? d : null;
}
