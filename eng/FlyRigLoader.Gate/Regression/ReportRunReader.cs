using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Turns our run report (<see cref="BenchmarkReport"/>) into a <see cref="MeasuredRun"/> plus its SLA verdicts.</summary>
internal static class ReportRunReader
{
    /// <summary>
    /// The gate's view of a report. Calibration is stored time-like (larger = slower) as 10⁹ / speed factor, so the
    /// ratio of two runs' values is how much slower the machine was.
    /// </summary>
    public static (MeasuredRun Run, IReadOnlyList<SlaVerdict> Sla) FromReport(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var env = report.Environment;
        var suite = report.BenchmarkSuite;
        var date = DateTimeOffset.TryParse(suite.ExecutionTimestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : DateTimeOffset.UtcNow;
        var job = suite.Profile + (suite.Categories.Count > 0 ? " [" + string.Join(',', suite.Categories) + "]" : string.Empty) + (suite.Filter is { } f ? " filter " + f : string.Empty);
        var provenance = new RunProvenance(report.RunId, suite.GitSha, suite.GitBranch, date, env.Info.BenchmarkDotNetVersion, env.Info.Dotnet.Runtime, job)
        {
            Machine = new RunMachine($"{env.Info.Os.Family} {env.Info.Os.Description} {env.Info.Os.Architecture}", env.Info.Cpu.LogicalCores, env.Info.Memory.TotalGb > 0 ? env.Info.Memory.TotalGb : null),
        };
        var name = string.Create(CultureInfo.InvariantCulture, $"{env.Info.Os.Family}-{env.Info.Os.Architecture}-{env.Info.Cpu.LogicalCores}core").ToLowerInvariant();
        double? calibration = env.Calibration is { SpeedFactor: > 0 } c ? 1e9 / c.SpeedFactor : null;
        var entries = report.AllEntries().ToList();
        var run = new MeasuredRun(
            provenance, env.Fingerprint, name, calibration, Benchmarks(entries),
            entries.Where(e => !e.Success || e.ExecutionTimes.Count == 0).Select(e => e.FullName).ToList(),
            report.Complete, suite.GitDirty, report.Job, env.FingerprintCanonical);
        return (run, entries.SelectMany(e => e.SlaValidation).ToList());
    }

    /// <summary>The successful cases of a report's entries as the gate compares them.</summary>
    public static IReadOnlyList<MeasuredBenchmark> Benchmarks(IEnumerable<BenchmarkEntry> entries) =>
        (entries ?? throw new ArgumentNullException(nameof(entries))).Where(e => e.Success && e.ExecutionTimes.Count > 0)
            .Select(e => new MeasuredBenchmark(e.FullName, e.Category, e.ExecutionTimes, e.AllocatedBytesPerOp, e.LaunchMediansNs is { Count: > 0 } m ? m : null, e.LaunchIndices is not null))
            .ToList();
}
