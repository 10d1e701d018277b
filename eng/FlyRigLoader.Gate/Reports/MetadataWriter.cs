using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The suite guide's <c>reports/benchmark-metadata-&lt;run&gt;.json</c> ("environment and configuration data"): the run's
/// suite facts, environment (machine, fingerprint, calibration) and job, copied from its report so a reader need not
/// open the results. Pure; the caller writes. Its name never matches <c>benchmark-report-*.json</c>.
/// </summary>
internal static class MetadataWriter
{
    /// <summary>The file name for a run: <c>benchmark-metadata-&lt;run&gt;.json</c>.</summary>
    public static string FileName(string runId) => $"benchmark-metadata-{runId}.json";

    /// <summary>The JSON text for <paramref name="report"/>, naming the report it came from.</summary>
    public static string Render(BenchmarkReport report, string sourceReportFile)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportJson.Serialize(new
        {
            schema_version = 1,
            run_id = report.RunId,
            source_report = Path.GetFileName(sourceReportFile),
            benchmark_suite = report.BenchmarkSuite,
            environment = report.Environment,
            job = report.Job,
        });
    }
}
