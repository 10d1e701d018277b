using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The suite guide's <c>statistical-analysis-&lt;run&gt;.json</c> (<c>statistical-analysis/</c>): the statistics CSV's rows
/// as JSON (times in ns, like the gate's report), with both 95 % intervals, the throughput key metrics and the scaling
/// fits. Pure; the caller writes.
/// </summary>
internal static class StatisticsJsonWriter
{
    /// <summary>The file name of a run's statistics: <c>statistical-analysis-&lt;run&gt;.json</c>.</summary>
    public static string FileName(string runId) => $"statistical-analysis-{runId}.json";

    /// <summary>The JSON text: one object per measured case (a failed case has none), then the families' scaling fits.</summary>
    public static string Render(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportJson.Serialize(new
        {
            schema_version = 1,
            run_id = report.RunId,
            units = new { time = "ns" },
            confidence_level = 0.95,
            benchmarks = report.AllEntries().Where(e => e.Statistics is not null).Select(e => new
            {
                full_name = e.FullName,
                category = e.Category,
                n = e.Statistics!.N,
                launches = e.LaunchMediansNs?.Count ?? 1,
                mean = e.Statistics.Mean,
                median = e.Statistics.Median,
                std_dev = e.Statistics.StdDev,
                coefficient_of_variation = e.Statistics.CoefficientOfVariation,
                min = e.Statistics.Min,
                max = e.Statistics.Max,
                confidence_interval_95 = e.Statistics.StudentT is { } t ? new[] { t.Lower, t.Upper } : null,
                bootstrap_interval_95 = e.Statistics.Bootstrap is { } b ? new[] { b.Lower, b.Upper } : null,
                outliers = e.Statistics.OutlierCount,
                launch_spread_percent = e.BetweenLaunchSd is { } sd ? (Math.Exp(sd) - 1) * 100 : (double?)null,
                throughput = new
                {
                    mb_per_s = PerSecond(e, "SizeMb"),
                    files_per_s = PerSecond(e, "FileCount"),
                    rows_per_s = PerSecond(e, "Rows"),
                },
            }),
            scaling_analysis = report.ScalingFits(),
        });
    }

    /// <summary>Units of <paramref name="parameter"/> per second of mean time, or null when the case has no such positive parameter.</summary>
    public static double? PerSecond(BenchmarkEntry entry, string parameter)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Statistics is { Mean: > 0 } s && Core.Results.BenchmarkParameters.Number(entry.Parameters, parameter) is { } size && size > 0
            ? size / (s.Mean / 1e9)
            : null;
    }
}
