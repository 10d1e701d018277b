using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.DataLoading;

/// <summary>Smoke: the smallest standard-pickle load.</summary>
[BenchmarkCategory(Categories.DataLoading, Categories.Smoke)]
public class PickleSmokeBenchmarks
{
    private string _path = "";

    /// <summary>Approximate array bytes in the file (MiB).</summary>
    [Params(1)]
    public int SizeMb { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.PickleFile(PickleFixtureFormat.Standard, SizeMb);

    [Benchmark]
    public LoadedPickle LoadStandardPickle()
    {
        return PickleLoader.Load(_path);
    }
}
