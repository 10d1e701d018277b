using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.EndToEnd;

[Trait(SlowTrait.Name, SlowTrait.Value)]
[Trait("Category", "EndToEnd")]
[Collection(SequentialRuns.Name)]
public sealed class FailedRunLifecycleTests
{
    [SmokeSuiteFact]
    public void A_run_that_fails_an_SLA_still_writes_and_packs_its_reports_then_exits_1()
    {
        // ×1000 turns the 0.2–2 ms small-config load into 0.2–2 s per operation, far past its 100 ms SLA (F-001-RQ-001), whatever
        // the machine is doing; the smoke job runs ~10 such operations.
        var run = BuildRun.Start(
            ["--target=Benchmarks", "--smoke-test=true", "--category=config", "--compress-artifacts=true"],
            new Dictionary<string, string?> { ["FLYRIG_BENCH_INJECT"] = "*ConfigSmokeBenchmarks.LoadFromFile*=1000" });

        Assert.True(run.Output.ExitCode == 1, run.Log);
        var report = Assert.IsType<BenchmarkReport>(run.Report);
        Assert.Contains(report.AllEntries(), e => e.SlaValidation.Any(v => v.Status == FlyRigLoader.Gate.Core.Sla.SlaStatus.Fail));
        var archive = Path.Combine(RepoRoot.Path, "artifacts", "archives", $"benchmark-artifacts-{report.RunId}.zip");
        Assert.True(File.Exists(archive), $"{archive} missing\n{run.Log}");
    }
}
