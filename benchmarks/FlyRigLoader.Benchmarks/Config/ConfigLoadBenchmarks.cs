using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>F-001-RQ-001/002: loading realistic configs from a YAML file and building them from an in-memory object model.</summary>
[BenchmarkCategory(Categories.Config)]
public class ConfigLoadBenchmarks
{
    private string _path = "";
    private ProjectConfigModel _model = null!;

    /// <summary>small (1 dataset) or medium (50 datasets, 25 experiments).</summary>
    [Params("small", "medium")]
    public string Size { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkData.ConfigFile(ConfigSize.Parse(Size));
        _model = ConfigLoader.LoadFile(_path).Model;
    }

    [Benchmark]
    public ExperimentConfig LoadFromFile()
    {
        return ConfigLoader.LoadFile(_path);
    }

    [Benchmark]
    public ExperimentConfig LoadFromModel()
    {
        return ConfigLoader.FromModel(_model);
    }
}
