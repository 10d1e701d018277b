using FlyRigLoader.Gate.TestKit;

[assembly: TestCollectionOrderer(LockHoldersFirst.TypeName, LockHoldersFirst.AssemblyName)]

namespace FlyRigLoader.Gate.Accuracy.Tests.EndToEnd;

/// <summary>
/// Real GateAccuracy runs share artifacts/, Cake and both cores with the gate tests' real runs, so they hold
/// <see cref="BenchmarkRunLock"/>: never two real runs at once, whichever test project started them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GateAccuracyRuns : ICollectionFixture<BenchmarkRunLock>
{
    public const string Name = "GateAccuracyEndToEnd";
}
