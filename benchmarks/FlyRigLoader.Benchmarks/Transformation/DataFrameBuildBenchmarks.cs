using Apache.Arrow;
using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.Transformation;

/// <summary>TST-PERF-002: exp_matrix → RecordBatch with the default column config, with and without a 16-channel signal_disp.</summary>
[BenchmarkCategory(Categories.Transformation)]
public class DataFrameBuildBenchmarks
{
    private IReadOnlyDictionary<string, object?> _withSignalDisp = new Dictionary<string, object?>();
    private Dictionary<string, object?> _withoutSignalDisp = [];
    private ColumnConfig _config = null!;

    /// <summary>Time points in the recording.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _config = ColumnConfig.Default;
        _withSignalDisp = RecordingCache.Get(Rows);
        // Same arrays minus signal_disp: no second copy of the data in memory.
        _withoutSignalDisp = new Dictionary<string, object?>(_withSignalDisp, StringComparer.Ordinal);
        _withoutSignalDisp.Remove("signal_disp");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _withSignalDisp = new Dictionary<string, object?>();
        _withoutSignalDisp = [];
    }

    [Benchmark]
    public RecordBatch BuildDefaultColumns()
    {
        return DataFrameBuilder.Build(_withoutSignalDisp, _config);
    }

    [Benchmark]
    public RecordBatch BuildWithSignalDisp()
    {
        return DataFrameBuilder.Build(_withSignalDisp, _config);
    }
}
