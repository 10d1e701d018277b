using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Discovery;

namespace FlyRigLoader.Benchmarks.Discovery;

/// <summary>F-002-RQ-001: recursive discovery over a real 10,000-file rig tree, from a bare walk to filters + regex metadata + dates.</summary>
[BenchmarkCategory(Categories.Discovery)]
public class FileDiscoveryBenchmarks
{
    private DiscoveryRequest _all = null!;
    private DiscoveryRequest _metadata = null!;
    private DiscoveryRequest _dates = null!;

    /// <summary>Files in the tree.</summary>
    [Params(10_000)]
    public int FileCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchmarkData.DiscoveryTree(FileCount);
        _all = DiscoveryRequests.All(root);
        _metadata = DiscoveryRequests.FilteredWithMetadata(root, parseDates: false);
        _dates = DiscoveryRequests.FilteredWithMetadata(root, parseDates: true);
    }

    [Benchmark]
    public DiscoveryResult DiscoverAll()
    {
        return FileDiscoverer.Discover(_all);
    }

    [Benchmark]
    public DiscoveryResult DiscoverFilteredWithMetadata()
    {
        return FileDiscoverer.Discover(_metadata);
    }

    [Benchmark]
    public DiscoveryResult DiscoverFilteredWithMetadataAndDates()
    {
        return FileDiscoverer.Discover(_dates);
    }
}
