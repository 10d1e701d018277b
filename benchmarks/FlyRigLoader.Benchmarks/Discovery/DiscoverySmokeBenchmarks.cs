using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Discovery;

namespace FlyRigLoader.Benchmarks.Discovery;

/// <summary>Smoke: filtered discovery with metadata over the smallest tree.</summary>
[BenchmarkCategory(Categories.Discovery, Categories.Smoke)]
public class DiscoverySmokeBenchmarks
{
    private DiscoveryRequest _request = null!;

    /// <summary>Files in the tree.</summary>
    [Params(1_000)]
    public int FileCount { get; set; }

    [GlobalSetup]
    public void Setup() => _request = DiscoveryRequests.FilteredWithMetadata(BenchmarkData.DiscoveryTree(FileCount), parseDates: true);

    [Benchmark]
    public DiscoveryResult DiscoverFilteredWithMetadata()
    {
        return FileDiscoverer.Discover(_request);
    }
}
