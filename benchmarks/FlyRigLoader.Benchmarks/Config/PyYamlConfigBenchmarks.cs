using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>
/// The ~3 MB stress config (500 datasets, 200 experiments) as PyYAML's <c>safe_dump</c> writes it: lists one item a line
/// and quoted date keys, the most common machine-written style. Same data as <see cref="LargeConfigBenchmarks"/>.
/// </summary>
[BenchmarkCategory(Categories.Config)]
public class PyYamlConfigBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.PyYamlConfigFile(ConfigSize.Large);

    [Benchmark]
    public ExperimentConfig LoadLargePyYamlFromFile()
    {
        return ConfigLoader.LoadFile(_path);
    }
}
