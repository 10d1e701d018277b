using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.Memory;

/// <summary>The whole user path on a 10 MB recording: load the pickle, build the RecordBatch, release it. Allocated bytes/op is the point.</summary>
[BenchmarkCategory(Categories.Memory)]
public class LoadTransformReleaseBenchmarks
{
    private string _path = "";
    private ColumnConfig _config = null!;

    /// <summary>Approximate array bytes in the file (MiB).</summary>
    [Params(10)]
    public int SizeMb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Allocation and heap figures must not include another benchmark's cached recording.
        RecordingCache.Clear();
        _path = BenchmarkData.PickleFile(PickleFixtureFormat.Standard, SizeMb);
        _config = ColumnConfig.Default;
    }

    [Benchmark]
    public int LoadTransformRelease()
    {
        return MemoryCycle.Run(_path, _config);
    }
}
