using FlyRigLoader.Gate.TestKit;
using Xunit.Sdk;

namespace FlyRigLoader.Gate.Tests.EndToEnd;

public sealed class SequentialRunsTests
{
    [Fact]
    public void The_collection_of_real_runs_holds_the_run_lock_and_starts_before_the_short_collections()
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(SequentialRuns).Assembly));
        var shortOnes = Enumerable.Range(0, 5).Select(i => new TestCollection(assembly, null, $"Short {i}")).ToList();
        var runs = new TestCollection(assembly, Reflector.Wrap(typeof(SequentialRuns)), SequentialRuns.Name);

        var order = new LockHoldersFirst().OrderTestCollections([.. shortOnes, runs]).ToList();

        Assert.Same(runs, order[0]);
        Assert.Equal(6, order.Count);
        Assert.DoesNotContain(order.Skip(1), LockHoldersFirst.HoldsLock);
    }
}
