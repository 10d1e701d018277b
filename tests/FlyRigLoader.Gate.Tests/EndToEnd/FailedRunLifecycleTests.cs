using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Tests.Infra;

namespace FlyRigLoader.Gate.Tests.EndToEnd;

[Trait("Category", "EndToEnd")]
[Collection(SequentialRuns.Name)]
public sealed class FailedRunLifecycleTests
{
    [SmokeSuiteFact]
    public void A_run_that_fails_an_SLA_still_writes_and_packs_its_reports_then_exits_1()
    {
        var root = RepoRoot.Path;
        var reports = Path.Combine(root, "artifacts", "reports");
        var before = Directory.Exists(reports) ? Directory.GetFiles(reports, "benchmark-report-*.json").ToHashSet(StringComparer.Ordinal) : [];

        // ×1000 turns the 0.2–2 ms small-config load into 0.2–2 s per operation, far past its 100 ms SLA (F-001-RQ-001), whatever
        // the machine is doing; the smoke job runs ~10 such operations.
        var result = ChildProcess.Capture(
            new CommandLine("bash", ["./build.sh", "--target=Benchmarks", "--smoke-test=true", "--category=config", "--compress-artifacts=true"], root)
            {
                Environment = new Dictionary<string, string?> { ["FLYRIG_BENCH_INJECT"] = "*ConfigSmokeBenchmarks.LoadFromFile*=1000" },
            },
            TimeSpan.FromMinutes(10));

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}\n{result.Combined}");
        var report = BenchmarkReportReader.Read(Assert.Single(Directory.GetFiles(reports, "benchmark-report-*.json"), f => !before.Contains(f)));
        Assert.Contains(report.AllEntries(), e => e.SlaValidation.Any(v => v.Status == FlyRigLoader.Gate.Sla.SlaStatus.Fail));
        var archive = Path.Combine(root, "artifacts", "archives", $"benchmark-artifacts-{report.RunId}.zip");
        Assert.True(File.Exists(archive), $"{archive} missing\n{result.Combined}");
    }
}
