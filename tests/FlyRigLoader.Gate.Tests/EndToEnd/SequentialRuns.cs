using FlyRigLoader.Gate.TestKit;

[assembly: TestCollectionOrderer(LockHoldersFirst.TypeName, LockHoldersFirst.AssemblyName)]

namespace FlyRigLoader.Gate.Tests.EndToEnd;

/// <summary>
/// The tests that run the bootstrapper, Cake or real benchmarks: they share artifacts/, Cake's script cache and the gate's
/// build output, so they run one after another, never in parallel with each other nor with the accuracy tests' real runs
/// (<see cref="BenchmarkRunLock"/>). Being the longest chain of the project, the collection starts first and the short
/// collections run beside it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SequentialRuns : ICollectionFixture<BenchmarkRunLock>
{
    public const string Name = "EndToEnd";
}
