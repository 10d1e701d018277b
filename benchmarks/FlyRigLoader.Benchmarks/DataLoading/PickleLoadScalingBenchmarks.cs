using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.DataLoading;

/// <summary>
/// Extra points on the standard-pickle scaling line (25 and 50 MB), between the 1/10/100 MB of <see cref="PickleLoadBenchmarks"/>:
/// together they show whether load time stays linear in size.
/// </summary>
[BenchmarkCategory(Categories.DataLoading)]
public class PickleLoadScalingBenchmarks
{
    private string _path = "";

    /// <summary>Approximate array bytes in the file (MiB).</summary>
    [Params(25, 50)]
    public int SizeMb { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.PickleFile(PickleFixtureFormat.Standard, SizeMb);

    [Benchmark]
    public LoadedPickle LoadStandardPickle()
    {
        return PickleLoader.Load(_path);
    }
}
