namespace FlyRigLoader.Gate.Regression;

/// <summary>The pure decisions of <c>--confirm</c>: what deserves a second measurement, and against which commit.</summary>
internal static class ConfirmPlan
{
    /// <summary>Benchmarks the first look failed (time or allocation) or left SUSPECTED or INCONCLUSIVE (a fresh A/B measurement may clear interference).</summary>
    public static IReadOnlyList<string> Doubtful(RegressionAnalysis? analysis) =>
        analysis?.Comparisons.Where(c => c.Fails || c.Verdict is TimeVerdict.Suspected or TimeVerdict.Inconclusive).Select(c => c.FullName).ToList() ?? [];

    /// <summary>Benchmarks the first look failed.</summary>
    public static IReadOnlyList<string> Failing(RegressionAnalysis? analysis) =>
        analysis?.Comparisons.Where(c => c.Fails).Select(c => c.FullName).ToList() ?? [];

    /// <summary>
    /// The commit to measure the work tree against: that of the newest baseline run that records one. Null for an
    /// in-memory A/B baseline (already interleaved) or a baseline without provenance.
    /// </summary>
    public static string? BaselineCommit(LoadedBaseline? baseline) =>
        baseline is { Interleaved: false } b
            ? b.File.Runs.OrderByDescending(r => r.Provenance.Date).Select(r => r.Provenance.GitSha).FirstOrDefault(g => !string.IsNullOrWhiteSpace(g))
            : null;
}
