using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>Name and info lookups on a loaded medium config, the calls a discovery or analysis loop makes per file.</summary>
[BenchmarkCategory(Categories.Config)]
public class ConfigLookupBenchmarks
{
    private ExperimentConfig _config = null!;
    private string _experiment = "";
    private string _dataset = "";

    /// <summary>The config size looked up in.</summary>
    [Params("medium")]
    public string Size { get; set; } = "medium";

    [GlobalSetup]
    public void Setup()
    {
        _config = ConfigLoader.LoadFile(BenchmarkData.ConfigFile(ConfigSize.Parse(Size)));
        _experiment = _config.ExperimentNames[_config.ExperimentNames.Count / 2];
        _dataset = _config.DatasetNames[_config.DatasetNames.Count / 2];
    }

    [Benchmark]
    public DatasetInfo GetDatasetInfo()
    {
        return _config.GetDatasetInfo(_dataset);
    }

    [Benchmark]
    public ExperimentInfo GetExperimentInfo()
    {
        return _config.GetExperimentInfo(_experiment);
    }

    [Benchmark]
    public IReadOnlyDictionary<string, object?> GetExperimentParameters()
    {
        return _config.GetExperimentParameters(_experiment);
    }

    [Benchmark]
    public int ListNames()
    {
        var count = 0;
        foreach (var name in _config.DatasetNames)
        {
            count += name.Length;
        }

        foreach (var name in _config.ExperimentNames)
        {
            count += name.Length;
        }

        return count;
    }
}
