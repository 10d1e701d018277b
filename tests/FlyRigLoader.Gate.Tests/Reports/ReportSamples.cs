using FlyRigLoader.Gate.Calibration;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Results;
using FlyRigLoader.Gate.RunEnvironment;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.Reports;

/// <summary>Report inputs built from the committed BenchmarkDotNet fixtures.</summary>
internal static class ReportSamples
{
    public static readonly SlaRegistry Registry = new(1,
    [
        new SlaDefinition("TST-PERF-001", "Pickle load < 1 s per 100 MB", "time", 1.0, "s", new SlaScale("SizeMb", 100), ["FlyRigLoader.Benchmarks.DataLoading.*Load*"]),
        new SlaDefinition("CONFIG-SMALL", "Small config < 1 ms", "time", 1, "ms", null, ["FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadSmall"]),
    ]);

    public static EnvironmentInfo Environment { get; } = EnvironmentDetector.Detect(FakeProbe.TypicalCiRunner(), "/repo", "smoke");

    public static ReportInputs Inputs(bool includeFailure = true) => new(
        "20240117T143022Z-0123456", new DateTimeOffset(2024, 1, 17, 14, 30, 22, TimeSpan.Zero), TimeSpan.FromSeconds(90), "smoke", [], null, null, false,
        Environment, new CalibrationResult(12, 55, 25, 5, 12, 55, 25, 1.0), BdnReportReader.ReadReport(Fixture.Results(Fixture.ConfigReport)).Host,
        [.. BdnReportReader.Read(Fixture.Results(Fixture.DataLoadingReport)), .. BdnReportReader.Read(Fixture.Results(Fixture.ConfigReport)).Where(r => includeFailure || r.Success)],
        Registry, null, null, null, true, null, true, null, 0);

    /// <summary>
    /// The sample report with the process memory of its first allocating case set
    /// (MB: peak working set, growth, managed heap peak), and that case.
    /// </summary>
    public static (BenchmarkReport Report, BenchmarkEntry Entry) WithProcessMemory(double peakMb, double growthMb, double heapMb)
    {
        var report = ReportBuilder.Build(Inputs());
        var entry = report.AllEntries().First(e => e.AllocatedBytesPerOp is not null);
        var measured = entry with { ProcessMemory = new Core.Results.ProcessMemoryUse(peakMb * 1048576.0, growthMb * 1048576.0, heapMb * 1048576.0) };
        var category = report.BenchmarkResults[entry.Category].ToDictionary(kv => kv.Key, kv => kv.Key == entry.FullName ? measured : kv.Value, StringComparer.Ordinal);
        var results = report.BenchmarkResults.ToDictionary(kv => kv.Key, kv => kv.Key == entry.Category ? category : kv.Value, StringComparer.Ordinal);
        return (report with { BenchmarkResults = results }, measured);
    }

    /// <summary>
    /// The passing fixture cases measured in three launches: launch k's samples are the fixture's × <paramref name="factors"/>[k],
    /// so each case's launch medians are its median × those factors, pooled as the Benchmarks pipeline pools them.
    /// </summary>
    public static ReportInputs LaunchedInputs(params double[] factors)
    {
        var single = Inputs(includeFailure: false);
        var launches = factors.Select(f => (IReadOnlyList<Core.Results.BenchmarkResult>)single.Results.Select(r => r with { SamplesNs = r.SamplesNs.Select(x => x * f).ToList() }).ToList()).ToList();
        var runs = factors.Select((f, i) => new LaunchInfo(i + 1, 30.5 + i, 29.25 + i, 0, false, 5, i % 2 == 1, single.Results.Count)).ToList();
        return single with { Results = Core.Statistics.LaunchPooling.Pool(launches), Launches = factors.Length, LaunchRuns = runs };
    }
}
