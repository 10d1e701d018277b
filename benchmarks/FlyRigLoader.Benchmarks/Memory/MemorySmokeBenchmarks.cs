using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.Memory;

/// <summary>Smoke: one load → transform → release cycle on the smallest recording.</summary>
[BenchmarkCategory(Categories.Memory, Categories.Smoke)]
public class MemorySmokeBenchmarks
{
    private string _path = "";
    private ColumnConfig _config = null!;

    /// <summary>Approximate array bytes in the file (MiB).</summary>
    [Params(1)]
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
