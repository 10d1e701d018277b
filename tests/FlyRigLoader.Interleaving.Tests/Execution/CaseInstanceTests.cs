using FlyRigLoader.Benchmarks.Transformation;
using FlyRigLoader.Interleaving.Cases;
using FlyRigLoader.Interleaving.Execution;

namespace FlyRigLoader.Interleaving.Tests.Execution;

public sealed class CaseInstanceTests
{
    private static BenchmarkCase Case(string method, int index = 0) =>
        CaseDiscovery.Find(typeof(SampleBenchmarks).Assembly, "FlyRigLoader.Benchmarks.Transformation.SampleBenchmarks." + method)[index];

    private static List<string> Calls(CaseInstance instance) =>
        ((SampleBenchmarks)typeof(CaseInstance).GetField("_instance", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(instance)!).Calls;

    [Fact]
    public void Runs_hooks_in_BenchmarkDotNets_order_with_parameters_set_before_setup()
    {
        var instance = CaseInstance.Start(Case("Count", 1));
        instance.BeforeBatch();
        instance.Invoke(3);
        instance.AfterBatch();
        instance.Dispose();
        instance.Dispose();

        Assert.Equal(["setup Rows=10", "iteration-setup", "count", "count", "count", "iteration-cleanup", "cleanup"], Calls(instance));
    }

    [Fact]
    public void A_setup_targeting_the_method_wins_over_the_untargeted_one()
    {
        using var instance = CaseInstance.Start(Case("Allocate"));

        Assert.Equal(["setup-allocate"], Calls(instance));
    }

    [Fact]
    public void Consuming_results_allocates_nothing_of_its_own()
    {
        using var count = CaseInstance.Start(Case("Nothing"));
        count.Invoke(10);
        var before = GC.GetAllocatedBytesForCurrentThread();
        count.Invoke(10_000);
        var nothing = GC.GetAllocatedBytesForCurrentThread() - before;

        using var allocate = CaseInstance.Start(Case("Allocate"));
        allocate.Invoke(10);
        before = GC.GetAllocatedBytesForCurrentThread();
        allocate.Invoke(1000);
        var perOp = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0;

        Assert.Equal(0, nothing);
        Assert.InRange(perOp, 1024, 1024 + 64);
    }
}
