using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Benchmarks.Infrastructure;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>Name and info lookups on a loaded medium config, the calls a discovery or analysis loop makes per file.</summary>
[BenchmarkCategory(Categories.Config)]
public class ConfigLookupBenchmarks
{
    private static readonly InjectionSlot DatasetSlot = InjectionSlot.For(typeof(ConfigLookupBenchmarks), nameof(GetDatasetInfo));
    private static readonly InjectionSlot ExperimentSlot = InjectionSlot.For(typeof(ConfigLookupBenchmarks), nameof(GetExperimentInfo));
    private static readonly InjectionSlot ParametersSlot = InjectionSlot.For(typeof(ConfigLookupBenchmarks), nameof(GetExperimentParameters));
    private static readonly InjectionSlot NamesSlot = InjectionSlot.For(typeof(ConfigLookupBenchmarks), nameof(ListNames));

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
        using var injected = DatasetSlot.Begin();
        return _config.GetDatasetInfo(_dataset);
    }

    [Benchmark]
    public ExperimentInfo GetExperimentInfo()
    {
        using var injected = ExperimentSlot.Begin();
        return _config.GetExperimentInfo(_experiment);
    }

    [Benchmark]
    public IReadOnlyDictionary<string, object?> GetExperimentParameters()
    {
        using var injected = ParametersSlot.Begin();
        return _config.GetExperimentParameters(_experiment);
    }

    [Benchmark]
    public int ListNames()
    {
        using var injected = NamesSlot.Begin();
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
