using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Discovery;

namespace FlyRigLoader.Benchmarks.Discovery;

/// <summary>
/// Linear scaling: the filtered discovery over trees of 1k, 5k and 10k files should grow in proportion. Three sizes are what
/// the scaling fit needs; a 2k point (dropped to keep the default suite within 6 minutes) sat between two of them.
/// </summary>
[BenchmarkCategory(Categories.Discovery)]
public class DiscoveryScalingBenchmarks
{
    private DiscoveryRequest _request = null!;

    /// <summary>Files in the tree.</summary>
    [Params(1_000, 5_000, 10_000)]
    public int FileCount { get; set; }

    [GlobalSetup]
    public void Setup() => _request = DiscoveryRequests.Filtered(BenchmarkData.DiscoveryTree(FileCount));

    [Benchmark]
    public DiscoveryResult DiscoverFiltered()
    {
        return FileDiscoverer.Discover(_request);
    }
}
