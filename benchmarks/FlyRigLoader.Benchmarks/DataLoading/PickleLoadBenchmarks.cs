using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Benchmarks.Infrastructure;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.DataLoading;

/// <summary>TST-PERF-001: loading rig recordings in the three pickle flavours; SizeMb 1 → 100 shows linearity (500 and 1000 in the large profile).</summary>
[BenchmarkCategory(Categories.DataLoading, Categories.MemoryIntensive)]
public class PickleLoadBenchmarks
{
    private string _standard = "";
    private string _gzip = "";
    private string _pandas = "";

    /// <summary>Approximate array bytes in the file (MiB).</summary>
    [ParamsSource(nameof(Sizes))]
    public int SizeMb { get; set; }

    /// <summary>1, 10, 100 MB; the large profile adds 500 MB and 1 GB.</summary>
    public static IEnumerable<int> Sizes =>
        BenchmarkEnvironment.Profile() == BenchmarkProfile.Large ? [1, 10, 100, 500, 1000] : [1, 10, 100];

    [GlobalSetup]
    public void Setup()
    {
        _standard = BenchmarkData.PickleFile(PickleFixtureFormat.Standard, SizeMb);
        _gzip = BenchmarkData.PickleFile(PickleFixtureFormat.Gzip, SizeMb);
        _pandas = BenchmarkData.PickleFile(PickleFixtureFormat.Pandas, SizeMb);
    }

    [Benchmark]
    public LoadedPickle LoadStandardPickle()
    {
        return PickleLoader.Load(_standard);
    }

    [Benchmark]
    public LoadedPickle LoadGzipPickle()
    {
        return PickleLoader.Load(_gzip);
    }

    [Benchmark]
    public LoadedPickle LoadPandasPickle()
    {
        return PickleLoader.Load(_pandas);
    }
}
