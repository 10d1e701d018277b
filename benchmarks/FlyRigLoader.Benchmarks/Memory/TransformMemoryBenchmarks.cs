using Apache.Arrow;
using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Loading;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.Memory;

/// <summary>Transform overhead: bytes allocated building the RecordBatch from an already loaded 10 MB recording (spec: under 2× the data).</summary>
[BenchmarkCategory(Categories.Memory)]
public class TransformMemoryBenchmarks
{
    private IReadOnlyDictionary<string, object?> _matrix = new Dictionary<string, object?>();
    private ColumnConfig _config = null!;

    /// <summary>Approximate array bytes in the file (MiB).</summary>
    [Params(10)]
    public int SizeMb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Allocation and heap figures must not include another benchmark's cached recording.
        RecordingCache.Clear();
        _matrix = PickleLoader.Load(BenchmarkData.PickleFile(PickleFixtureFormat.Standard, SizeMb)).AsExperimentMatrix();
        _config = ColumnConfig.Default;
    }

    [GlobalCleanup]
    public void Cleanup() => _matrix = new Dictionary<string, object?>();

    [Benchmark]
    public RecordBatch BuildFromLoadedPickle()
    {
        return DataFrameBuilder.Build(_matrix, _config);
    }
}
