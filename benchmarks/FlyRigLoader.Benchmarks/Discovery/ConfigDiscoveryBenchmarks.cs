using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;
using FlyRigLoader.Discovery;

namespace FlyRigLoader.Benchmarks.Discovery;

/// <summary>
/// Config-driven experiment discovery over the 10k-file tree: the experiment's datasets point at the tree's date folders,
/// filters come from the merged project + experiment settings, metadata from the configured extraction patterns.
/// </summary>
[BenchmarkCategory(Categories.Discovery)]
public class ConfigDiscoveryBenchmarks
{
    private static readonly DiscoveryOptions Options = DiscoveryOptions.Default with
    {
        Pattern = "*",
        Extensions = DiscoveryRequests.Extensions,
        ExtractMetadata = true,
        ParseDates = true,
    };

    private ExperimentConfig _config = null!;
    private string _experiment = "";
    private string _root = "";

    /// <summary>Files in the tree.</summary>
    [Params(10_000)]
    public int FileCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = BenchmarkData.DiscoveryTree(FileCount);
        _config = ConfigLoader.LoadYaml(BenchmarkData.DiscoveryConfigYaml(), "discovery-benchmark.yaml");
        // An experiment with a single dataset: every date folder is searched exactly once.
        _experiment = _config.ExperimentNames.First(name => _config.GetExperimentInfo(name).Datasets.Count == 1);
    }

    [Benchmark]
    public DiscoveryResult DiscoverExperimentFiles()
    {
        return ConfigDiscovery.DiscoverExperimentFiles(_config, _experiment, _root, Options);
    }
}
