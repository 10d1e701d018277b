using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.RunEnvironment;
using FlyRigLoader.TestKit;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Tests.Pipeline;

/// <summary>Benchmarks <c>--report-format=seed</c> on a real (fake-executable) run: the seed's file lands beside the report.</summary>
public sealed class BenchmarkRunSeedReportTests
{
    private const string Registry = """
        { "schema_version": 1, "slas": [
          { "id": "TST-PERF-001", "description": "Pickle load < 1 s per 100 MB", "metric": "time", "threshold": 1.0, "unit": "s",
            "scale": { "parameter": "SizeMb", "per": 100 }, "benchmarks": ["FlyRigLoader.Benchmarks.DataLoading.*Load*"] } ] }
        """;

    private static (int Code, BenchmarkRun Run, BuildPaths Paths, string Output) RunWith(TempDirectory dir, BuildOptions options)
    {
        dir.Write(Path.Combine("repo", "benchmarks", "sla-registry.json"), Registry);
        var paths = new BuildPaths(dir.Combine("repo"));
        var output = new StringWriter();
        var fake = FakeBenchmarkExe.Create(dir, [Fixture.DataLoadingReport], 0, announced: 2);
        var run = new BenchmarkRun(options, paths, output, null, FakeProbe.TypicalCiRunner(),
            new BenchmarkRunSettings(fake, SkipBuild: true, SkipCalibration: true, Environment: _ => null));
        return (run.RunAll(), run, paths, output.ToString());
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Report_format_seed_writes_the_seed_report_beside_the_gate_report_and_lists_it_in_the_manifest()
    {
        using var dir = new TempDirectory();
        var (code, run, paths, output) = RunWith(dir, new BuildOptions { SmokeTest = true, ReportFormat = "seed" });

        Assert.True(code == 0, output);
        var seed = JObject.Parse(File.ReadAllText(Path.Combine(paths.Reports, $"seed-benchmark-report-{run.RunId}.json")));
        Assert.Equal(Path.GetFileName(run.ReportPath), (string?)seed["source_report"]);
        Assert.Equal("s", (string?)seed["units"]!["time"]);
        Assert.Contains($"reports/seed-benchmark-report-{run.RunId}.json", File.ReadAllText(Path.Combine(paths.Artifacts, "ci-integration", "artifact-manifest.json")), StringComparison.Ordinal);
    }

    [OsFact(FakeBenchmarkExe.PosixOnly, "Linux", "macOS")]
    public void Without_the_option_only_the_gate_report_is_written()
    {
        using var dir = new TempDirectory();
        var (code, _, paths, output) = RunWith(dir, new BuildOptions { SmokeTest = true });

        Assert.True(code == 0, output);
        Assert.Empty(Directory.GetFiles(paths.Reports, "seed-*"));
    }
}
