namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The suite guide's statistical-analysis CSV (<c>statistical-analysis/statistical-analysis-&lt;run&gt;.csv</c>): one row per
/// measured case with its sample size, location, spread, both 95 % intervals and how far its launches disagree. Times
/// are in seconds like the summary CSV; a failed case has no row (it has no samples). The guide's key metrics per category
/// (throughput in MB/s, files/s, rows/s) follow, from the case's size parameter over its mean time.
/// </summary>
internal static class StatisticsCsvWriter
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "Benchmark Name", "Category", "N", "Launches", "Median (s)", "Mean (s)", "Std Dev (s)", "CV (%)", "Min (s)", "Max (s)",
        "t CI 95% Lower (s)", "t CI 95% Upper (s)", "Bootstrap CI 95% Lower (s)", "Bootstrap CI 95% Upper (s)", "Outliers", "Launch Spread (%)",
        "Throughput (MB/s)", "Throughput (files/s)", "Throughput (rows/s)",
    ];

    /// <summary>The size parameters the guide's key metrics count, in column order: data loaded, files found, rows built.</summary>
    public static readonly IReadOnlyList<string> ThroughputParameters = ["SizeMb", "FileCount", "Rows"];

    /// <summary>The file name of a run's statistics: <c>statistical-analysis-&lt;run&gt;.csv</c>.</summary>
    public static string FileName(string runId) => $"statistical-analysis-{runId}.csv";

    /// <summary>The CSV text (RFC 4180 quoting, LF line ends, invariant numbers).</summary>
    public static string Render(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string> { string.Join(',', Columns) };
        foreach (var e in report.AllEntries().Where(e => e.Statistics is not null))
        {
            var s = e.Statistics!;
            lines.Add(string.Join(',',
                Quote(e.FullName),
                Quote(e.Category),
                ReportFormat.F(s.N),
                ReportFormat.F(e.LaunchMediansNs?.Count ?? 1),
                Seconds(s.Median),
                Seconds(s.Mean),
                Seconds(s.StdDev),
                ReportFormat.F(s.CoefficientOfVariation * 100),
                Seconds(s.Min),
                Seconds(s.Max),
                s.StudentT is { } t ? Seconds(t.Lower) : "",
                s.StudentT is { } tu ? Seconds(tu.Upper) : "",
                s.Bootstrap is { } b ? Seconds(b.Lower) : "",
                s.Bootstrap is { } bu ? Seconds(bu.Upper) : "",
                ReportFormat.F(s.OutlierCount),
                e.BetweenLaunchSd is { } sd ? ReportFormat.F((Math.Exp(sd) - 1) * 100) : "",
                string.Join(',', ThroughputParameters.Select(p => Throughput(e, p)))));
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Units of <paramref name="parameter"/> per second of mean time, or empty when the case has no such positive parameter.</summary>
    internal static string Throughput(BenchmarkEntry entry, string parameter) =>
        StatisticsJsonWriter.PerSecond(entry, parameter) is { } perSecond ? ReportFormat.F(perSecond) : "";

    private static string Seconds(double ns) => ReportFormat.F(ns / 1e9);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
