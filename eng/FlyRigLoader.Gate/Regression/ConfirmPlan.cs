using FlyRigLoader.Gate.Baselines;

namespace FlyRigLoader.Gate.Regression;

/// <summary>The pure decisions of <c>--confirm</c>: what deserves a second measurement, and against which commit.</summary>
internal static class ConfirmPlan
{
    /// <summary>Benchmarks the first look failed (time or allocation) or left SUSPECTED or INCONCLUSIVE (a fresh A/B measurement may clear interference).</summary>
    public static IReadOnlyList<string> Doubtful(RegressionAnalysis? analysis) =>
        analysis?.Comparisons.Where(c => c.Fails || c.Verdict is TimeVerdict.Suspected or TimeVerdict.Inconclusive).Select(c => c.FullName).ToList() ?? [];

    /// <summary>
    /// Every benchmark method the run selected (<c>Namespace.Type.Method</c>, once each): what an interleaved A/B run
    /// measures when the baseline cannot judge the run, because then no first-look verdict can be trusted, not even NO_CHANGE.
    /// </summary>
    public static IReadOnlyList<string> Selected(MeasuredRun current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return [.. Methods(current.Benchmarks.Select(b => b.FullName)).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The methods (<c>Namespace.Type.Method</c>, once each, in first-seen order) an A/B run measures for these
    /// benchmarks: BenchmarkDotNet selects methods, so every parameter case of a flagged method is measured again.
    /// </summary>
    public static IReadOnlyList<string> Methods(IEnumerable<string> fullNames)
    {
        ArgumentNullException.ThrowIfNull(fullNames);
        return fullNames.Select(FilterFor).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>BenchmarkDotNet filters on <c>Namespace.Type.Method</c>; parameters are dropped from the name.</summary>
    public static string FilterFor(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var paren = fullName.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? fullName[..paren] : fullName;
    }

    /// <summary>
    /// Methods (<c>Namespace.Type.Method</c>, once each) of the benchmarks an A/B judgement left SUSPECTED: slower but
    /// not surely past the fail threshold, or inside the paired band. More launches narrow that band, which is what they lack.
    /// </summary>
    public static IReadOnlyList<string> Unsure(RegressionAnalysis? analysis) =>
        analysis is null ? [] : Methods(analysis.Comparisons.Where(c => c.Verdict == TimeVerdict.Suspected).Select(c => c.FullName));

    /// <summary>
    /// Methods (<c>Namespace.Type.Method</c>, once each) a side-by-side judgement must measure again before its verdicts
    /// stand: those it left SUSPECTED, and those it called REGRESSION or IMPROVEMENT on launches that no re-measure has
    /// added to yet. One launch's copy of a build can run far off on a memory-heavy case (measured: an A/A run of the same
    /// build read <c>LoadStandardPickle(SizeMb: 10)</c> as x1.66, past its +64 % band, and two others read the 100 MB case
    /// as x0.31 and x0.63), so a change stands only once fresh launches, pooled with the first, still say so.
    /// </summary>
    /// <param name="analysis">The last judgement.</param>
    /// <param name="remeasured">Methods already measured again (their REGRESSION includes fresh launches).</param>
    public static IReadOnlyList<string> ToSettle(RegressionAnalysis? analysis, IReadOnlyCollection<string> remeasured)
    {
        ArgumentNullException.ThrowIfNull(remeasured);
        var unconfirmed = analysis?.Comparisons.Where(c => c.Verdict is TimeVerdict.Regression or TimeVerdict.Improvement).Select(c => FilterFor(c.FullName))
            .Where(m => !remeasured.Contains(m, StringComparer.Ordinal)) ?? [];
        return Unsure(analysis).Concat(unconfirmed).Distinct(StringComparer.Ordinal).ToList();
    }

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
