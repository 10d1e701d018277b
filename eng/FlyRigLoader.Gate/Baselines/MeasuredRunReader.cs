using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Results;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>Turns any BenchmarkDotNet full JSON report (a file or a results folder) into a <see cref="MeasuredRun"/>.</summary>
internal static class MeasuredRunReader
{
    /// <summary>
    /// Reads one report file or every full report in a folder as one run. Its job is what the reports say: profile
    /// unknown, BenchmarkDotNet's job characteristics, one launch, and the runtime settings the suite recorded beside
    /// the results (<c>runtime-settings.json</c>), if any.
    /// </summary>
    /// <exception cref="GateInputException">Missing, empty or malformed input.</exception>
    public static MeasuredRun FromBdn(string fileOrDirectory)
    {
        var reports = ReadReports(fileOrDirectory);
        var results = Cases(reports);
        var host = reports.Select(r => r.Host).FirstOrDefault(h => h is not null);
        var newest = reports.Select(r => File.Exists(r.Path) ? File.GetLastWriteTimeUtc(r.Path) : DateTime.UtcNow).Max();
        var provenance = new RunProvenance(
            newest.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture), null, null, new DateTimeOffset(newest, TimeSpan.Zero),
            host?.BenchmarkDotNetVersion, host?.RuntimeVersion, null);
        return new MeasuredRun(
            provenance, host is null ? null : Fingerprint(host), host is null ? null : EnvironmentName(host), null,
            results.Where(r => r.Success).Select(ToMeasured).ToList(),
            results.Where(r => !r.Success).Select(r => r.FullName).ToList(),
            Complete: true, DirtyTree: false,
            Job: JobIdentity.Of(null, results.Select(r => r.Job), 1, RuntimeSettingsReader.Find(fileOrDirectory)));
    }

    /// <summary>Every case of a report file or folder, first reading of a duplicated full name kept.</summary>
    /// <exception cref="GateInputException">Missing, empty or malformed input.</exception>
    public static IReadOnlyList<BenchmarkResult> ReadResults(string fileOrDirectory) => Cases(ReadReports(fileOrDirectory));

    private static List<BenchmarkResult> Cases(IReadOnlyList<BdnReport> reports) =>
        reports.SelectMany(r => r.Benchmarks).GroupBy(b => b.FullName, StringComparer.Ordinal).Select(g => g.First()).ToList();

    private static IReadOnlyList<BdnReport> ReadReports(string fileOrDirectory)
    {
        ArgumentNullException.ThrowIfNull(fileOrDirectory);
        IReadOnlyList<BdnReport> reports;
        if (File.Exists(fileOrDirectory))
        {
            reports = [BdnReportReader.ReadReport(fileOrDirectory)];
        }
        else if (Directory.Exists(fileOrDirectory))
        {
            reports = BdnReportReader.ReadDirectory(fileOrDirectory);
            if (reports.Count == 0)
            {
                throw new GateInputException(fileOrDirectory, "no BenchmarkDotNet full JSON report (*-report-full.json) in this folder");
            }
        }
        else
        {
            throw new GateInputException(fileOrDirectory, "not found");
        }

        return reports;
    }

    /// <summary>The gate's view of one BenchmarkDotNet case.</summary>
    public static MeasuredBenchmark ToMeasured(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new MeasuredBenchmark(result.FullName, result.Category == BenchmarkCategories.Uncategorized ? null : result.Category, result.SamplesNs, result.AllocatedBytesPerOp);
    }

    /// <summary>
    /// A fingerprint of the facts BenchmarkDotNet records that change timings (CPU, cores, OS, runtime, BenchmarkDotNet):
    /// used only when the report has no fingerprint of our own.
    /// </summary>
    public static string Fingerprint(BdnHostInfo host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var text = string.Join('|', host.ProcessorName, host.PhysicalCoreCount, host.LogicalCoreCount, host.OsVersion, host.RuntimeVersion, host.BenchmarkDotNetVersion);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    private static string EnvironmentName(BdnHostInfo host)
    {
        var os = host.OsVersion ?? string.Empty;
        var family = os.Contains("Windows", StringComparison.OrdinalIgnoreCase) ? "windows"
            : os.Contains("macOS", StringComparison.OrdinalIgnoreCase) ? "macos" : "linux";
        return string.Create(CultureInfo.InvariantCulture, $"{family}-{host.LogicalCoreCount ?? 0}core");
    }
}
