namespace FlyRigLoader.Gate.Reports;

/// <summary>What a report says about one launch: its process facts and the median of every case it measured.</summary>
/// <param name="Launch">Wall and CPU time, exit, iterations, order.</param>
/// <param name="CaseMediansNs">Full name → that case's median in this launch (ns per operation).</param>
internal sealed record LaunchFacts(LaunchInfo Launch, IReadOnlyDictionary<string, double> CaseMediansNs)
{
    /// <summary>
    /// Every launch of <paramref name="report"/>, in order, with its per-case medians. A case's launch medians are
    /// positional (launches run one after another and a run stops at the first failed one), so median <c>i</c> belongs
    /// to launch <c>i + 1</c>; an older report without launch records gives none.
    /// </summary>
    public static IReadOnlyList<LaunchFacts> Of(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entries = report.AllEntries().ToList();
        return (report.BenchmarkSuite.Launches ?? []).Select(launch => new LaunchFacts(
            launch,
            entries.Where(e => e.LaunchMediansNs is { } m && m.Count >= launch.Index)
                .ToDictionary(e => e.FullName, e => e.LaunchMediansNs![launch.Index - 1], StringComparer.Ordinal))).ToList();
    }
}
