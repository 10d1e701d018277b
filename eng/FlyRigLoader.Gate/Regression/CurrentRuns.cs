using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// Finds and reads the run to judge: <c>--report</c> when given (our run report, or any BenchmarkDotNet full JSON file or
/// results folder), else the newest <c>artifacts/reports/benchmark-report-*.json</c>, else the newest BenchmarkDotNet results.
/// </summary>
internal static class CurrentRuns
{
    /// <summary>The run and the SLA verdicts it carries (none for plain BenchmarkDotNet JSON).</summary>
    /// <exception cref="GateInputException">Nothing to read, or the report is malformed.</exception>
    public static (MeasuredRun Run, IReadOnlyList<SlaVerdict> Sla) Load(string? report, BuildPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (report is not null)
        {
            return IsRunReport(report) ? ReportRunReader.FromReport(BenchmarkReportReader.Read(report)) : (MeasuredRunReader.FromBdn(report), []);
        }

        if (LatestRunReport(null, paths) is { } ours)
        {
            return ReportRunReader.FromReport(BenchmarkReportReader.Read(ours));
        }

        var newest = Directory.Exists(paths.Artifacts)
            ? Results.BdnReportReader.FullJsonSuffixes
                .SelectMany(s => Directory.EnumerateFiles(paths.Artifacts, "*" + s, SearchOption.AllDirectories))
                .Where(f => !IsUnder(f, Path.Combine(paths.Artifacts, "against")) && !IsUnder(f, Path.Combine(paths.Artifacts, "confirm")))
                .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return newest is null
            ? throw new GateInputException(paths.Reports, "no benchmark run found under artifacts/ (run the Benchmarks target first, or pass --report)")
            : (MeasuredRunReader.FromBdn(Path.GetDirectoryName(newest)!), []);
    }

    /// <summary>The run report to judge: <paramref name="report"/> when it is one of ours, else the newest under artifacts/reports, else null.</summary>
    public static string? LatestRunReport(string? report, BuildPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (report is not null)
        {
            return IsRunReport(report) ? report : null;
        }

        return Directory.Exists(paths.Reports)
            ? Directory.EnumerateFiles(paths.Reports, "benchmark-report-*.json").OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
    }

    private static bool IsRunReport(string path) =>
        File.Exists(path) && Path.GetFileName(path).StartsWith("benchmark-report-", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static bool IsUnder(string file, string directory) =>
        Path.GetFullPath(file).StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
