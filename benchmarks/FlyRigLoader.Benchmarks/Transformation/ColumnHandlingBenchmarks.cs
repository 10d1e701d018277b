using Apache.Arrow;
using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.Transformation;

/// <summary>
/// The column-mapping features at 100k rows: raw names found through aliases (dtheta_smooth → dtheta…) versus
/// data already under the configured names, and constant metadata columns (date, exp_name, rig).
/// </summary>
[BenchmarkCategory(Categories.Transformation)]
public class ColumnHandlingBenchmarks
{
    private static readonly IReadOnlyDictionary<string, string> AliasToName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dtheta_smooth"] = "dtheta",
        ["vx_smooth"] = "vx",
        ["vy_smooth"] = "vy",
        ["spd_smooth"] = "spd",
        ["jumps"] = "jump",
    };

    private Dictionary<string, object?> _aliased = [];
    private Dictionary<string, object?> _canonical = [];
    private TransformOptions _withMetadata = new();
    private ColumnConfig _config = null!;

    /// <summary>Time points in the recording.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _config = ColumnConfig.Default;
        _aliased = ExperimentMatrixGenerator.Create(Rows, channels: 0, includeMetadata: false);
        _canonical = _aliased.ToDictionary(kv => AliasToName.GetValueOrDefault(kv.Key, kv.Key), kv => kv.Value, StringComparer.Ordinal);
        _withMetadata = new TransformOptions
        {
            Metadata = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["date"] = "20241201",
                ["exp_name"] = "plume_navigation_benchmark",
                ["rig"] = "high_speed_rig",
            },
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _aliased = [];
        _canonical = [];
    }

    [Benchmark]
    public RecordBatch BuildFromAliasedNames()
    {
        return DataFrameBuilder.Build(_aliased, _config);
    }

    [Benchmark]
    public RecordBatch BuildFromCanonicalNames()
    {
        return DataFrameBuilder.Build(_canonical, _config);
    }

    [Benchmark]
    public RecordBatch BuildWithMetadataColumns()
    {
        return DataFrameBuilder.Build(_aliased, _config, _withMetadata);
    }
}
