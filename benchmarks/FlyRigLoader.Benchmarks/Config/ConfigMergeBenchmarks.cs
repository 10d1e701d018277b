using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>F-001-RQ-004: merging project → experiment → dataset ignore, mandatory and extraction patterns.</summary>
[BenchmarkCategory(Categories.Config)]
public class ConfigMergeBenchmarks
{
    private ExperimentConfig _config = null!;
    private string _experiment = "";
    private string _dataset = "";

    /// <summary>medium or large config.</summary>
    [Params("medium", "large")]
    public string Size { get; set; } = "medium";

    [GlobalSetup]
    public void Setup()
    {
        _config = ConfigLoader.LoadFile(BenchmarkData.ConfigFile(ConfigSize.Parse(Size)));
        // A middle experiment: lookups must not get lucky with the first entry.
        _experiment = _config.ExperimentNames[_config.ExperimentNames.Count / 2];
        _dataset = _config.GetExperimentInfo(_experiment).Datasets[0];
    }

    [GlobalCleanup]
    public void Cleanup() => _config = null!;

    [Benchmark]
    public MergedFilters MergeExperimentFilters()
    {
        return _config.GetMergedFilters(_experiment, _dataset);
    }
}
