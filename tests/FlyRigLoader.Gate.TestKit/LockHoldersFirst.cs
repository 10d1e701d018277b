using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlyRigLoader.Gate.TestKit;

/// <summary>
/// Test collection order: the collections holding <see cref="BenchmarkRunLock"/> (the long chains of real builds and
/// benchmark runs) start first, so they run beside the many short collections instead of after them; the others keep
/// xunit's default order.
/// </summary>
public sealed class LockHoldersFirst : ITestCollectionOrderer
{
    /// <summary>The orderer's type name for <c>[assembly: TestCollectionOrderer]</c>.</summary>
    public const string TypeName = "FlyRigLoader.Gate.TestKit." + nameof(LockHoldersFirst);

    /// <summary>The assembly's name for <c>[assembly: TestCollectionOrderer]</c>.</summary>
    public const string AssemblyName = "FlyRigLoader.Gate.TestKit";

    private readonly DefaultTestCollectionOrderer _default = new();

    /// <inheritdoc />
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _default.OrderTestCollections(testCollections).OrderBy(c => HoldsLock(c) ? 0 : 1);

    /// <summary>True when the collection's definition declares <see cref="BenchmarkRunLock"/> as its fixture.</summary>
    public static bool HoldsLock(ITestCollection collection) =>
        collection?.CollectionDefinition?.ToRuntimeType() is { } definition
        && typeof(ICollectionFixture<BenchmarkRunLock>).IsAssignableFrom(definition);
}
