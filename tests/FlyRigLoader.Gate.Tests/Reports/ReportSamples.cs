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
}
