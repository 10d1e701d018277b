using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>Smoke: loading the small config from its file.</summary>
[BenchmarkCategory(Categories.Config, Categories.Smoke)]
public class ConfigSmokeBenchmarks
{
    private string _path = "";

    /// <summary>The config size.</summary>
    [Params("small")]
    public string Size { get; set; } = "small";

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.ConfigFile(ConfigSize.Parse(Size));

    [Benchmark]
    public ExperimentConfig LoadFromFile()
    {
        return ConfigLoader.LoadFile(_path);
    }
}
