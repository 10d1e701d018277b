using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Sla;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The seed's spreadsheet summary: one row per benchmark case, times in seconds, memory in MB; the seed's nine columns
/// first and in its order, then ours. Regression status is per row, from the comparison stored with the report
/// (Benchmarks <c>--baseline-comparison</c>) or from a later CheckRegression, which rewrites the file.
/// </summary>
internal static class CsvSummaryWriter
{
    /// <summary>What a row says when no comparison judged the run.</summary>
    public const string NotCompared = "NOT_COMPARED";

    /// <summary>The seed's columns, in order.</summary>
    public static readonly IReadOnlyList<string> SeedColumns =
        ["Benchmark Name", "Category", "Mean Time (s)", "SLA Threshold (s)", "Status", "Confidence Interval Lower", "Confidence Interval Upper", "Memory Peak (MB)", "Regression Status"];

    /// <summary>Every column: the seed's, then allocation per op, working-set growth, managed-heap peak and the gate's own verdict names.</summary>
    public static readonly IReadOnlyList<string> Columns =
        [.. SeedColumns, "Allocated (MB/op)", "Working Set Growth (MB)", "Managed Heap Peak (MB)", "Gate Regression Verdict", "Gate Allocation Verdict"];

    /// <summary>The file name of a run's summary: <c>benchmark-summary-&lt;run&gt;.csv</c>.</summary>
    public static string FileName(string runId) => $"benchmark-summary-{runId}.csv";

    /// <summary>The CSV text (RFC 4180 quoting, LF line ends, invariant numbers).</summary>
    public static string Render(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string> { string.Join(',', Columns.Select(Quote)) };
        foreach (var e in report.AllEntries())
        {
            var time = e.SlaValidation.FirstOrDefault(v => v.Metric == SlaUnits.Time && v.Allowed is not null);
            var threshold = time is null ? "" : ReportFormat.F(time.Allowed!.Value * SlaUnits.TimeUnits[time.Unit] / 1e9);
            var s = e.Statistics;
            var memory = e.ProcessMemory;
            var (guide, verdict, allocation) = Regression(report.RegressionAnalysis, e.FullName);
            lines.Add(string.Join(',',
                Quote(e.FullName),
                Quote(Seed.SeedReportWriter.SeedCategory(e.Category)),
                s is null ? "" : ReportFormat.F(s.Mean / 1e9),
                threshold,
                ReportFormat.Status(e),
                s?.StudentT is { } lo ? ReportFormat.F(lo.Lower / 1e9) : "",
                s?.StudentT is { } hi ? ReportFormat.F(hi.Upper / 1e9) : "",
                memory is null ? "" : ReportFormat.F(memory.PeakWorkingSetBytes / ProcessMemoryUse.BytesPerMb),
                guide,
                e.AllocatedBytesPerOp is { } b ? ReportFormat.F(b / ProcessMemoryUse.BytesPerMb) : "",
                memory is null ? "" : ReportFormat.F(memory.WorkingSetGrowthBytes / ProcessMemoryUse.BytesPerMb),
                memory is null ? "" : ReportFormat.F(memory.PeakManagedHeapBytes / ProcessMemoryUse.BytesPerMb),
                verdict,
                allocation));
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// A row's regression cells: the guide's name (ours where the guide has none), our time verdict and our allocation
    /// verdict. Without a comparison every cell is NOT_COMPARED; a comparison that did not list the case (it failed, or the
    /// gate could not run) shows the run's status.
    /// </summary>
    internal static (string Guide, string Verdict, string Allocation) Regression(RegressionAnalysis? analysis, string fullName)
    {
        if (analysis is null)
        {
            return (NotCompared, NotCompared, NotCompared);
        }

        if (analysis.For(fullName) is not { } row)
        {
            return (analysis.GuideStatus ?? analysis.Status, analysis.Status, analysis.Status);
        }

        var verdict = row.Verdict ?? analysis.Status;
        return (row.GuideVerdict ?? verdict, verdict, row.AllocationVerdict ?? "");
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
