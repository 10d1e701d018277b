using FlyRigLoader.Gate.Core.Sla;


namespace FlyRigLoader.Gate.Reports;

/// <summary>The seed's spreadsheet summary: one row per benchmark case, times in seconds, memory in MB.</summary>
internal static class CsvSummaryWriter
{
    /// <summary>The seed's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["Benchmark Name", "Category", "Mean Time (s)", "SLA Threshold (s)", "Status", "Confidence Interval Lower", "Confidence Interval Upper", "Memory Peak (MB)", "Regression Status"];

    /// <summary>The CSV text (RFC 4180 quoting, LF line ends, invariant numbers).</summary>
    public static string Render(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var regression = report.RegressionAnalysis is { } r ? r.Status : "NOT_COMPARED";
        var lines = new List<string> { string.Join(',', Columns.Select(Quote)) };
        foreach (var e in report.AllEntries())
        {
            var time = e.SlaValidation.FirstOrDefault(v => v.Metric == SlaUnits.Time && v.Allowed is not null);
            var threshold = time is null ? "" : ReportFormat.F(time.Allowed!.Value * SlaUnits.TimeUnits[time.Unit] / 1e9);
            var s = e.Statistics;
            lines.Add(string.Join(',',
                Quote(e.FullName),
                Quote(e.Category),
                s is null ? "" : ReportFormat.F(s.Mean / 1e9),
                threshold,
                ReportFormat.Status(e),
                s?.StudentT is { } lo ? ReportFormat.F(lo.Lower / 1e9) : "",
                s?.StudentT is { } hi ? ReportFormat.F(hi.Upper / 1e9) : "",
                e.AllocatedBytesPerOp is { } b ? ReportFormat.F(b / 1024 / 1024) : "",
                regression));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
