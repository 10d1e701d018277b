using System.Globalization;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// What a first look against a baseline that cannot judge the run may say (pure): nothing. Every benchmark of the run
/// that the baseline also holds becomes INCOMPARABLE with the reason, its ratio kept but marked informational; an
/// allocation compared across jobs becomes INCOMPARABLE too. No REGRESSION, SUSPECTED, IMPROVEMENT or allocation
/// verdict survives. Benchmarks only the baseline holds are left out: an incomparable baseline (another profile, say)
/// lists benchmarks this run never selected, and calling them MISSING would be as unfounded as any other verdict.
/// </summary>
internal static class IncomparableBaseline
{
    /// <summary>The informational analysis, and how many baseline-only benchmarks were left out.</summary>
    public static (RegressionAnalysis Analysis, int LeftOut) Apply(RegressionAnalysis analysis, string reason)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(reason);
        var kept = analysis.Comparisons.Where(c => c.Verdict != TimeVerdict.Missing).ToList();
        var rows = kept.Select(c => c.Verdict == TimeVerdict.New ? c : c with
        {
            Verdict = TimeVerdict.Incomparable,
            AllocationVerdict = c.AllocationVerdict is AllocationVerdict.Regression or AllocationVerdict.NoChange or AllocationVerdict.Improvement
                ? AllocationVerdict.Incomparable : c.AllocationVerdict,
            Informational = true,
            Resolution = null,
            Reason = Label(reason) + (c.Ratio is { } r ? string.Create(CultureInfo.InvariantCulture, $"; first-look ratio ×{r:0.000} not judged") : string.Empty),
        }).ToList();
        return (analysis with { Comparisons = rows }, analysis.Comparisons.Count - kept.Count);
    }

    /// <summary>The label of an informational number: <c>informational (incomparable baseline: &lt;reason&gt;)</c>.</summary>
    public static string Label(string reason) => $"informational (incomparable baseline: {reason})";
}
