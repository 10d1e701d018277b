using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>F-001-RQ-003: structural validation of a config object model (names, rigs, dates, vials, regexes).</summary>
[BenchmarkCategory(Categories.Config)]
public class ConfigValidationBenchmarks
{
    private ProjectConfigModel _model = null!;

    /// <summary>small, medium or large config.</summary>
    [Params("small", "medium", "large")]
    public string Size { get; set; } = "small";

    [GlobalSetup]
    public void Setup() => _model = ConfigLoader.LoadFile(BenchmarkData.ConfigFile(ConfigSize.Parse(Size))).Model;

    [GlobalCleanup]
    public void Cleanup() => _model = null!;

    [Benchmark]
    public IReadOnlyList<ConfigProblem> ValidateModel()
    {
        return ConfigValidator.Validate(_model);
    }
}
