using FlyRigLoader.Gate.Contracts.Charts;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>One benchmark's medians over the runs that measured it, relative to its own median across them.</summary>
/// <param name="FullName">Benchmark full name.</param>
/// <param name="Ordinals">Index of each run in the ordered history.</param>
/// <param name="Relative">Median of that run / median of all this benchmark's run medians.</param>
internal sealed record TrendSeries(string FullName, IReadOnlyList<double> Ordinals, IReadOnlyList<double> Relative)
{
    /// <summary>
    /// Orders runs by date (one per run id, the later-listed kept, so the current run wins over an archived copy) and builds
    /// the series of each of <paramref name="benchmarks"/> that at least one run measured. Relative values make benchmarks
    /// of very different speed share one axis; 1.0 is the benchmark's typical time.
    /// </summary>
    public static (IReadOnlyList<HistoryRun> Runs, IReadOnlyList<TrendSeries> Series) Build(IEnumerable<HistoryRun> runs, IEnumerable<string> benchmarks)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(benchmarks);
        var ordered = runs.GroupBy(r => r.RunId, StringComparer.Ordinal).Select(g => g.Last())
            .OrderBy(r => r.Date).ThenBy(r => r.RunId, StringComparer.Ordinal).ToList();
        var series = new List<TrendSeries>();
        foreach (var name in benchmarks)
        {
            var points = ordered.Select((r, i) => (i, Found: r.MediansNs.TryGetValue(name, out var m), Median: m))
                .Where(p => p.Found && double.IsFinite(p.Median) && p.Median > 0).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var typical = BoxSummary.Quantile(points.Select(p => p.Median).Order().ToList(), 0.5);
            series.Add(new TrendSeries(name, points.Select(p => (double)p.i).ToList(), points.Select(p => p.Median / typical).ToList()));
        }

        return (ordered, series);
    }
}
