namespace FlyRigLoader.Benchmarks;

/// <summary>
/// The benchmark categories. Every benchmark class carries exactly one of the five main categories
/// (the one named by its namespace); smoke benchmarks add <see cref="Smoke"/>.
/// </summary>
public static class Categories
{
    /// <summary>Pickle loading and format detection (TST-PERF-001, F-003-RQ-004).</summary>
    public const string DataLoading = "data-loading";

    /// <summary>File discovery (F-002-RQ-001).</summary>
    public const string Discovery = "discovery";

    /// <summary>exp_matrix → Arrow RecordBatch (TST-PERF-002).</summary>
    public const string Transformation = "transformation";

    /// <summary>YAML config load, validation, merge, lookups (F-001-RQ-001…004).</summary>
    public const string Config = "config";

    /// <summary>Allocation-focused end-to-end cycles.</summary>
    public const string Memory = "memory";

    /// <summary>The fast subset: one benchmark per main category at the smallest size.</summary>
    public const string Smoke = "smoke";

    /// <summary>
    /// The suite guide's <c>memory_intensive</c> marker ("tests using &gt; 1 GB memory"): a tag beside the main category on
    /// the benchmarks whose cases hold the largest datasets (100 MB loads, 500 MB and 1 GB in the large profile), so
    /// <c>--category=memory-intensive</c> runs just them as <c>pytest -m memory_intensive</c> does.
    /// </summary>
    public const string MemoryIntensive = "memory-intensive";

    /// <summary>Tags a benchmark may carry beside its main category, selectable like one.</summary>
    public static readonly IReadOnlyList<string> Tags = [Smoke, MemoryIntensive];

    /// <summary>The five main categories; a benchmark must carry one of them.</summary>
    public static readonly IReadOnlyList<string> Main = [DataLoading, Discovery, Transformation, Config, Memory];

    /// <summary>The main category that the given benchmark namespace stands for, or null when it stands for none.</summary>
    public static string? ForNamespace(string? benchmarkNamespace) => benchmarkNamespace switch
    {
        "FlyRigLoader.Benchmarks.DataLoading" => DataLoading,
        "FlyRigLoader.Benchmarks.Discovery" => Discovery,
        "FlyRigLoader.Benchmarks.Transformation" => Transformation,
        "FlyRigLoader.Benchmarks.Config" => Config,
        "FlyRigLoader.Benchmarks.Memory" => Memory,
        _ => null,
    };
}
