using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>
/// The ~3 MB stress config (500 datasets, 200 experiments). LoadLargeFromModel's allocated bytes stand for what a loaded
/// config retains (the model already exists, so what it allocates is the immutable config plus short-lived temporaries).
/// </summary>
[BenchmarkCategory(Categories.Config)]
public class LargeConfigBenchmarks
{
    private string _path = "";
    private ProjectConfigModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkData.ConfigFile(ConfigSize.Large);
        _model = ConfigLoader.LoadFile(_path).Model;
    }

    [GlobalCleanup]
    public void Cleanup() => _model = null!;

    [Benchmark]
    public ExperimentConfig LoadLargeFromFile()
    {
        return ConfigLoader.LoadFile(_path);
    }

    [Benchmark]
    public ExperimentConfig LoadLargeFromModel()
    {
        return ConfigLoader.FromModel(_model);
    }
}
