using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Combines the reports of one run's shards into a single report: pure, given reports that passed <see cref="MergeCheck"/>.</summary>
internal static class ReportMerger
{
    /// <summary>What <see cref="MergeCheck"/> needs from a report read from <paramref name="source"/>.</summary>
    public static ShardReportFacts Facts(BenchmarkReport report, string source)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ShardReportFacts(
            source,
            report.RunId,
            report.BenchmarkSuite.GitSha,
            report.Environment.Fingerprint,
            report.Environment.Calibration is not null,
            report.BenchmarkSuite.Shard is { } shard ? Shard.TryParse(shard) : null,
            report.AllEntries().Select(e => e.FullName).ToList(),
            report.Job?.Key);
    }

    /// <summary>
    /// The merged report: every shard's entries under their categories; complete only when every shard was; counts
    /// summed and the worst exit code kept (2 over 1 over 3 over 0); the job is the shards' (one job, checked); the earliest start, the longest duration (shards run in parallel); the
    /// most severe leak verdict. The environment is the first shard's (all share one fingerprint unless every report
    /// is normalized). No regression verdict: the gate runs on the merged report.
    /// </summary>
    public static BenchmarkReport Merge(IReadOnlyList<BenchmarkReport> reports, string mergedRunId)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(mergedRunId);
        if (reports.Count == 0)
        {
            throw new ArgumentException("nothing to merge", nameof(reports));
        }

        var ordered = reports.OrderBy(r => r.BenchmarkSuite.Shard is { } s ? Shard.TryParse(s)?.Index ?? 0 : 0).ThenBy(r => r.RunId, StringComparer.Ordinal).ToList();
        var first = ordered[0];
        var results = ordered
            .SelectMany(r => r.BenchmarkResults.SelectMany(c => c.Value.Select(e => (Category: c.Key, Entry: e.Value))))
            .GroupBy(x => x.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, BenchmarkEntry>)g.OrderBy(x => x.Entry.FullName, StringComparer.Ordinal).ToDictionary(x => x.Entry.FullName, x => x.Entry, StringComparer.Ordinal),
                StringComparer.Ordinal);

        var incomplete = ordered.Where(r => !r.Complete).Select(r => $"shard {r.BenchmarkSuite.Shard ?? r.RunId}: {r.IncompleteReason ?? "incomplete"}").ToList();
        var categories = ordered.Any(r => r.BenchmarkSuite.Categories.Count == 0)
            ? []
            : ordered.SelectMany(r => r.BenchmarkSuite.Categories).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var suite = first.BenchmarkSuite with
        {
            ExecutionTimestamp = ordered.Select(r => r.BenchmarkSuite.ExecutionTimestamp).Min(StringComparer.Ordinal)!,
            ExecutionDurationSeconds = ordered.Max(r => r.BenchmarkSuite.ExecutionDurationSeconds),
            Categories = categories,
            Shard = null,
            GitDirty = ordered.Any(r => r.BenchmarkSuite.GitDirty),
            MemoryProfiling = ordered.Any(r => r.BenchmarkSuite.MemoryProfiling),
            // Shards ran their launches side by side on different runners: no one list of launches describes the merged run.
            Launches = [],
        };

        var leak = ordered.Select(r => r.MemoryAnalysis.LeakDetection).MaxBy(l => LeakSeverity(l.Status))!;
        var memory = MemoryAnalysis.Of(results.Values.SelectMany(c => c.Values), leak);

        var summary = new ReportSummary(
            ordered.Sum(r => r.Summary.TotalBenchmarks),
            ordered.Sum(r => r.Summary.Succeeded),
            ordered.Sum(r => r.Summary.Failed),
            ordered.Sum(r => r.Summary.SlaChecked),
            ordered.Sum(r => r.Summary.SlaPassed),
            ordered.Sum(r => r.Summary.SlaFailed),
            ordered.Sum(r => r.Summary.SlaNoData),
            ExitCodes.Worst([.. ordered.Select(r => r.Summary.ExitCode)]),
            ordered.Sum(r => r.Summary.SlaInconclusive));

        return new BenchmarkReport(
            BenchmarkReport.CurrentSchemaVersion,
            mergedRunId,
            incomplete.Count == 0,
            incomplete.Count == 0 ? null : string.Join("; ", incomplete),
            suite,
            first.Environment,
            results,
            memory,
            null,
            summary,
            first.Job,
            [.. ordered.SelectMany(r => r.Remeasured ?? [])]);
    }

    private static int LeakSeverity(string status) => status switch
    {
        "LEAK_DETECTED" => 3,
        "FAILED" => 2,
        "NO_LEAKS_DETECTED" => 1,
        _ => 0,
    };
}
