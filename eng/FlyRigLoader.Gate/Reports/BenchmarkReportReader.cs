using FlyRigLoader.Gate.Contracts;
using Newtonsoft.Json;

namespace FlyRigLoader.Gate.Reports;

/// <summary>Reads a report written by the Benchmarks target.</summary>
internal static class BenchmarkReportReader
{
    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    /// <exception cref="GateInputException">Missing, not JSON, wrong schema version or missing sections.</exception>
    public static BenchmarkReport Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "benchmark report not found");
        }

        BenchmarkReport? report;
        try
        {
            report = JsonConvert.DeserializeObject<BenchmarkReport>(File.ReadAllText(path), ReportJson.Settings);
        }
        catch (JsonException e)
        {
            throw new GateInputException(path, "not a valid benchmark report: " + e.Message, e);
        }

        if (report is null)
        {
            throw new GateInputException(path, "empty benchmark report");
        }

        if (report.SchemaVersion != BenchmarkReport.CurrentSchemaVersion)
        {
            throw new GateInputException(path, $"schema_version {report.SchemaVersion} is not supported (expected {BenchmarkReport.CurrentSchemaVersion})");
        }

        if (string.IsNullOrEmpty(report.RunId) || report.BenchmarkSuite is null || report.Environment?.Info is null || report.BenchmarkResults is null || report.Summary is null)
        {
            throw new GateInputException(path, "benchmark report lacks run_id, benchmark_suite, environment, benchmark_results or summary");
        }

        foreach (var entry in report.AllEntries())
        {
            if (entry is null || string.IsNullOrEmpty(entry.FullName) || entry.ExecutionTimes is null)
            {
                throw new GateInputException(path, "a benchmark entry lacks full_name or execution_times");
            }
        }

        return report;
    }
}
