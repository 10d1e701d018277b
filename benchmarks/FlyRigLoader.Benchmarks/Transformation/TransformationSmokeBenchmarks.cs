using Apache.Arrow;
using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.Transformation;

/// <summary>Smoke: the smallest transform, with signal_disp so every handler runs.</summary>
[BenchmarkCategory(Categories.Transformation, Categories.Smoke)]
public class TransformationSmokeBenchmarks
{
    private IReadOnlyDictionary<string, object?> _matrix = new Dictionary<string, object?>();
    private ColumnConfig _config = null!;

    /// <summary>Time points in the recording.</summary>
    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _config = ColumnConfig.Default;
        _matrix = RecordingCache.Get(Rows);
    }

    [Benchmark]
    public RecordBatch BuildWithSignalDisp()
    {
        return DataFrameBuilder.Build(_matrix, _config);
    }
}
