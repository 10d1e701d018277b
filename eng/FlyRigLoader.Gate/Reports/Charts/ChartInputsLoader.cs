using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Charts;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.History;
using FlyRigLoader.Gate.Results;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>
/// Reads what the charts need besides the report: the baseline compared against, the history of runs (the baseline's
/// K runs when the baseline has this run's fingerprint and job, the runs of the history file the gate used, plus the archived <c>benchmark-report-*.json</c> of the
/// same fingerprint and job that retention keeps in the reports folder), and the leak-check samples. The edge of the chart code: everything after it is pure.
/// </summary>
internal static class ChartInputsLoader
{
    /// <summary>Loads the inputs of <paramref name="report"/>; <paramref name="reportsFolder"/> holds archived reports.</summary>
    /// <exception cref="GateInputException">A baseline, archived report or leak-check file exists but cannot be read.</exception>
    public static ChartInputs Load(BenchmarkReport report, string reportsFolder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(reportsFolder);
        var leak = LoadLeak(report.MemoryAnalysis.LeakDetection);
        var bare = new ChartInputs(report, null, null, [], leak);
        if (!bare.HasComparison || report.RegressionAnalysis?.Baseline is not { Length: > 0 } location
            || BaselineStore.Locate(location, report.Environment.Fingerprint, report.Job?.Key) is not { } found)
        {
            return bare;
        }

        var baseline = BaselineStore.Read(found.Path);
        // A baseline of another fingerprint or job is still what the gate compared against, but its medians come from
        // another machine or another way of measuring: a trend line through them would show that change, not the code's
        // history, and its samples beside this run's would invite the comparison the gate refused.
        var incomparable = Comparability.Decide(baseline.Identity, new RunIdentity(report.Environment.Fingerprint, report.Environment.FingerprintCanonical, report.Job)).Reason;
        var comparableRuns = incomparable is null ? baseline.Runs : [];
        var history = comparableRuns.Select(r => new HistoryRun(r.Provenance.RunId, r.Provenance.Date, "baseline",
            r.Benchmarks.Where(b => b.SamplesNs.Count > 0).DistinctBy(b => b.FullName)
                .ToDictionary(b => b.FullName, b => BoxSummary.Quantile([.. b.SamplesNs.Order()], 0.5), StringComparer.Ordinal))).ToList();
        history.InsertRange(0, Kept(report));
        history.AddRange(Archived(report, reportsFolder));
        return bare with { Baseline = baseline, BaselinePath = found.Path, History = [.. history.OrderBy(h => h.Date)], BaselineIncomparableReason = incomparable };
    }

    /// <summary>
    /// The runs of the history file the gate judged this run against (only a history of this fingerprint and job is
    /// used), so trend lines reach back as far as the history and its change points and anchor can be drawn on them.
    /// </summary>
    public static IReadOnlyList<HistoryRun> Kept(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.RegressionAnalysis?.Details?.History is not { Used: true, Path: { Length: > 0 } path } || !File.Exists(path))
        {
            return [];
        }

        return [.. HistoryStore.Read(path).Runs.Select(r => new HistoryRun(r.RunId, r.Date, "history",
            r.Benchmarks.ToDictionary(b => b.FullName, b => b.MedianNs, StringComparer.Ordinal)))];
    }

    /// <summary>Archived reports of the same fingerprint and job, excluding this run; names starting with a dot are temporaries.</summary>
    public static IReadOnlyList<HistoryRun> Archived(BenchmarkReport report, string reportsFolder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(reportsFolder);
        if (!Directory.Exists(reportsFolder))
        {
            return [];
        }

        var runs = new List<HistoryRun>();
        foreach (var file in Directory.EnumerateFiles(reportsFolder, "benchmark-report-*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).StartsWith('.'))
            {
                continue;
            }

            var old = BenchmarkReportReader.Read(file);
            if (old.RunId == report.RunId || old.Environment.Fingerprint != report.Environment.Fingerprint || !Equals(old.Job, report.Job))
            {
                continue;
            }

            var current = TrendCharts.CurrentRun(old);
            runs.Add(current with { Source = "archived report" });
        }

        return runs;
    }

    private static LeakCheckResult? LoadLeak(LeakDetection leak) =>
        leak.Status is "NO_LEAKS_DETECTED" or "LEAK_DETECTED" && leak.Source is { Length: > 0 } source && File.Exists(source)
            ? LeakCheckReader.Read(source)
            : null;

}
