using FlyRigLoader.Gate.Accuracy.Flavours;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.EndToEnd;

[Trait(SlowTrait.Name, SlowTrait.Value)]
[Trait("Category", "EndToEnd")]
[Collection(SequentialRuns.Name)]
public sealed class FailedRunLifecycleTests
{
    [Fact]
    public void A_run_that_fails_an_SLA_still_writes_and_packs_its_reports_then_exits_1_or_3_under_interference()
    {
        // An accuracy flavour whose small-config load takes x1000 its time (0.2-2 ms becomes 0.2-2 s per operation, far
        // past its 100 ms SLA F-001-RQ-001, whatever the machine is doing; the smoke job runs ~10 such operations), run
        // through the real Benchmarks target with --suite-dll: the shipped suite carries no slowdown hook.
        using var log = new StringWriter();
        var flavour = FlavourBuilder.Ensure(
            RepoRoot.Path, FlavourBuilder.Folder(Path.Combine(RepoRoot.Path, "artifacts")), "sla-fail-x1000", new InjectionSpec("*ConfigSmokeBenchmarks.LoadFromFile*", 1000, 0), log);

        var run = BuildRun.Start(["--target=Benchmarks", "--smoke-test=true", "--category=config", "--compress-artifacts=true", "--suite-dll=" + flavour.Dll]);

        // x1000 puts the case 2-20x past its limit; under the 5x beyond which no neighbour explains it, a run measured beside
        // other work (CI runs two test projects at once) re-measures it and may end INCONCLUSIVE (exit 3) instead.
        var underLoad = NoVerdictUnderLoad.Explains(run.Output.ExitCode, run.Report);
        Assert.True(run.Output.ExitCode == 1 || underLoad, log + run.Log);
        Assert.Contains("(--suite-dll)", run.Output.Combined, StringComparison.Ordinal);
        var report = Assert.IsType<BenchmarkReport>(run.Report);
        var expected = underLoad ? FlyRigLoader.Gate.Core.Sla.SlaStatus.Inconclusive : FlyRigLoader.Gate.Core.Sla.SlaStatus.Fail;
        Assert.Contains(report.AllEntries(), e => e.FullName.Contains("ConfigSmokeBenchmarks.LoadFromFile", StringComparison.Ordinal)
            && e.SlaValidation.Any(v => v.Status == expected));
        var archive = Path.Combine(RepoRoot.Path, "artifacts", "archives", $"benchmark-artifacts-{report.RunId}.zip");
        Assert.True(File.Exists(archive), $"{archive} missing\n{run.Log}");
    }
}
