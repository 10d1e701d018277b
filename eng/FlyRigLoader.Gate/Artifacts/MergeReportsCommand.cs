using System.Globalization;
using System.Text;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Reports.Seed;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>The MergeReports target: reads a run's shard reports, refuses an inconsistent set, writes one report.</summary>
public static class MergeReportsCommand
{
    /// <summary>Where the merge summary (Markdown) goes, relative to <c>artifacts/</c>.</summary>
    public const string SummaryFile = "ci-integration/merge-summary.md";

    /// <summary>
    /// Merges every sharded <c>benchmark-report-*.json</c> under <c>--reports</c> (default <c>artifacts/reports</c>,
    /// searched recursively so downloaded CI artifacts work as they are) into
    /// <c>artifacts/reports/benchmark-report-&lt;run&gt;.json</c>, the newest report, which CheckRegression then reads, with
    /// its summary CSV beside it and its statistics CSV under <c>statistical-analysis/</c>.
    /// Returns 2 when the set cannot be merged, else the merged run's exit code (worst of the shards).
    /// </summary>
    public static int Run(BuildPaths paths, BuildOptions options, TextWriter output, TextWriter error, string? stepSummaryPath = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var folder = options.Reports is { } r ? Path.GetFullPath(r, paths.Root) : paths.Reports;
        try
        {
            if (!Directory.Exists(folder))
            {
                error.WriteLine($"MergeReports: {folder}: no such folder; pass --reports=<folder with the shard reports>");
                return ExitCodes.Error;
            }

            var files = Directory.EnumerateFiles(folder, "benchmark-report-*.json", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .Order(StringComparer.Ordinal).ToList();
            var reports = files.Select(f => (File: f, Report: BenchmarkReportReader.Read(f))).Where(x => x.Report.BenchmarkSuite.Shard is not null).ToList();
            var problems = MergeCheck.Problems(reports.Select(x => ReportMerger.Facts(x.Report, x.File)).ToList());
            if (problems.Count > 0)
            {
                error.WriteLine($"MergeReports: the shard reports under {folder} cannot be merged:");
                foreach (var problem in problems)
                {
                    error.WriteLine("  " + problem);
                }

                return ExitCodes.Error;
            }

            var now = (clock ?? TimeProvider.System).GetUtcNow();
            var first = reports[0].Report;
            var sha = first.RunId.Contains('-', StringComparison.Ordinal) ? first.RunId[(first.RunId.LastIndexOf('-') + 1)..] : "unknown";
            var merged = ReportMerger.Merge(reports.Select(x => x.Report).ToList(), RunId.Create(now, sha));
            var target = Path.Combine(paths.Reports, $"benchmark-report-{merged.RunId}.json");
            Directory.CreateDirectory(paths.Reports);
            AtomicFile.WriteAllText(target, ReportJson.Serialize(merged));
            // The whole CI run in the seed's spreadsheet form and its statistics, beside the merged report (CheckRegression
            // rewrites the summary's regression column after judging the merged run).
            AtomicFile.WriteAllText(Path.Combine(paths.Reports, CsvSummaryWriter.FileName(merged.RunId)), CsvSummaryWriter.Render(merged));
            AtomicFile.WriteAllText(Path.Combine(paths.StatisticalAnalysis, StatisticsCsvWriter.FileName(merged.RunId)), StatisticsCsvWriter.Render(merged));
            AtomicFile.WriteAllText(Path.Combine(paths.StatisticalAnalysis, StatisticsJsonWriter.FileName(merged.RunId)), StatisticsJsonWriter.Render(merged));
            if (options.SeedReport)
            {
                AtomicFile.WriteAllText(Path.Combine(paths.Reports, SeedReportWriter.FileName(merged.RunId)), SeedReportWriter.Render(merged, target));
            }

            var markdown = Summary(merged, reports.Select(x => x.Report).ToList(), target);
            AtomicFile.WriteAllText(Path.Combine(paths.Artifacts, SummaryFile), markdown);
            if (options.CiMode && !string.IsNullOrEmpty(stepSummaryPath))
            {
                File.AppendAllText(stepSummaryPath, markdown);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"MergeReports: {reports.Count} shard report(s), {merged.Summary.TotalBenchmarks} benchmark(s) -> {target} (exit code {merged.Summary.ExitCode})"));
            // The merged run is the one a reviewer opens from CI, so it gets the page with charts too.
            var page = options.ReportArtifacts ? Reports.Html.ReportPage.Write(merged, paths, output, error) : 0;
            return ExitCodes.Worst(merged.Summary.ExitCode, page);
        }
        catch (GateInputException e)
        {
            error.WriteLine($"MergeReports: {e.Message}");
            return GateInputException.ExitCode;
        }
    }

    /// <summary>The Markdown summary of a merge, for the GitHub step summary.</summary>
    public static string Summary(BenchmarkReport merged, IReadOnlyList<BenchmarkReport> shards, string mergedPath)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(shards);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Benchmark shards merged: run {merged.RunId}");
        text.AppendLine();
        text.AppendLine("| Shard | Run | Benchmarks | Failed | SLA pass | SLA fail | Exit |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var s in shards.OrderBy(s => Shard.TryParse(s.BenchmarkSuite.Shard ?? string.Empty)?.Index ?? 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.BenchmarkSuite.Shard} | {s.RunId} | {s.Summary.TotalBenchmarks} | {s.Summary.Failed} | {s.Summary.SlaPassed} | {s.Summary.SlaFailed} | {s.Summary.ExitCode} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **all** | {merged.RunId} | {merged.Summary.TotalBenchmarks} | {merged.Summary.Failed} | {merged.Summary.SlaPassed} | {merged.Summary.SlaFailed} | {merged.Summary.ExitCode} |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Complete: {(merged.Complete ? "yes" : "no — " + merged.IncompleteReason)}. Leak check: {merged.MemoryAnalysis.LeakDetection.Status}. Report: `{Path.GetFileName(mergedPath)}`.");
        text.AppendLine();
        return text.ToString();
    }
}
