using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Benchmarks.Infrastructure;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>
/// The ~3 MB stress config (500 datasets, 200 experiments) as PyYAML's <c>safe_dump</c> writes it: lists one item a line
/// and quoted date keys, the most common machine-written style. Same data as <see cref="LargeConfigBenchmarks"/>.
/// </summary>
[BenchmarkCategory(Categories.Config)]
public class PyYamlConfigBenchmarks
{
    private static readonly InjectionSlot FileSlot = InjectionSlot.For(typeof(PyYamlConfigBenchmarks), nameof(LoadLargePyYamlFromFile));

    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.PyYamlConfigFile(ConfigSize.Large);

    [Benchmark]
    public ExperimentConfig LoadLargePyYamlFromFile()
    {
        using var injected = FileSlot.Begin();
        return ConfigLoader.LoadFile(_path);
    }
}
