using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Loading;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.DataLoading;

/// <summary>
/// TST-PERF-001-MAP: open a raw recording without copying (PickleLoader.Map) and build its Arrow table over the mapped
/// pages. Nothing is read but the opcodes, so the time should not grow with the file.
/// </summary>
[BenchmarkCategory(Categories.DataLoading)]
public class PickleMapBenchmarks
{
    private string _path = "";

    /// <summary>Approximate array bytes in the file (MiB): the largest size of the default profile.</summary>
    [Params(100)]
    public int SizeMb { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.PickleFile(PickleFixtureFormat.Standard, SizeMb);

    [Benchmark]
    public int MapAndTransform()
    {
        using var mapped = PickleLoader.Map(_path);
        return DataFrameBuilder.Build(mapped.AsExperimentMatrix(), ColumnConfig.Default).Length;
    }
}
