namespace FlyRigLoader.Gate.Reports;

/// <summary>What a report says about one launch: its process facts and the median of every case it measured.</summary>
/// <param name="Launch">Wall and CPU time, exit, iterations, order.</param>
/// <param name="CaseMediansNs">Full name → that case's median in this launch (ns per operation).</param>
internal sealed record LaunchFacts(LaunchInfo Launch, IReadOnlyDictionary<string, double> CaseMediansNs)
{
    /// <summary>
    /// Every launch of <paramref name="report"/>, in order, with its per-case medians. A case's launch medians are
    /// positional (launches run one after another and a run stops at the first failed one), so median <c>i</c> belongs
    /// to launch <c>i + 1</c>, unless the case names its launches (<see cref="BenchmarkEntry.LaunchIndices"/>: judged on
    /// re-measure launches); an older report without launch records gives none.
    /// </summary>
    public static IReadOnlyList<LaunchFacts> Of(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entries = report.AllEntries().ToList();
        return (report.BenchmarkSuite.Launches ?? []).Select(launch => new LaunchFacts(
            launch,
            entries.Select(e => (e.FullName, Median: MedianIn(e, launch.Index))).Where(x => x.Median is not null)
                .ToDictionary(x => x.FullName, x => x.Median!.Value, StringComparer.Ordinal))).ToList();
    }

    private static double? MedianIn(BenchmarkEntry entry, int launch)
    {
        var medians = entry.LaunchMediansNs ?? [];
        var position = entry.LaunchIndices is { } indices ? indices.ToList().IndexOf(launch) : launch - 1;
        return position >= 0 && position < medians.Count ? medians[position] : null;
    }
}
