using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Benchmarks.Infrastructure;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.Memory;

/// <summary>Smoke: one load → transform → release cycle on the smallest recording.</summary>
[BenchmarkCategory(Categories.Memory, Categories.Smoke)]
public class MemorySmokeBenchmarks
{
    private static readonly InjectionSlot Slot = InjectionSlot.For(typeof(MemorySmokeBenchmarks), nameof(LoadTransformRelease));

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
        using var injected = Slot.Begin();
        return MemoryCycle.Run(_path, _config);
    }
}
