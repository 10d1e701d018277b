namespace FlyRigLoader.Gate.Core.Sla;

/// <summary>Units an SLA may be stated in, with their size in the base unit (ns or bytes).</summary>
public static class SlaUnits
{
    /// <summary>Metric name for per-operation time.</summary>
    public const string Time = "time";

    /// <summary>Metric name for bytes allocated per operation.</summary>
    public const string Allocated = "allocated";

    /// <summary>Metric name for the benchmark process's peak working set while a case ran (the suite guide's peak memory).</summary>
    public const string PeakWorkingSet = "peak_working_set";

    /// <summary>Metric name for the process's working-set growth over a case, after a full GC (the suite guide's memory delta).</summary>
    public const string WorkingSetGrowth = "working_set_growth";

    /// <summary>Every metric an SLA may use.</summary>
    public static readonly IReadOnlyList<string> Metrics = [Time, Allocated, PeakWorkingSet, WorkingSetGrowth];

    /// <summary>Time units in nanoseconds.</summary>
    public static readonly IReadOnlyDictionary<string, double> TimeUnits =
        new Dictionary<string, double>(StringComparer.Ordinal) { ["ns"] = 1, ["us"] = 1e3, ["ms"] = 1e6, ["s"] = 1e9 };

    /// <summary>Size units in bytes (binary, as BenchmarkDotNet reports them).</summary>
    public static readonly IReadOnlyDictionary<string, double> SizeUnits =
        new Dictionary<string, double>(StringComparer.Ordinal) { ["B"] = 1, ["KB"] = 1024, ["MB"] = 1024 * 1024 };

    /// <summary>The units valid for <paramref name="metric"/>, or null for an unknown metric.</summary>
    public static IReadOnlyDictionary<string, double>? For(string metric) => metric switch
    {
        Time => TimeUnits,
        Allocated or PeakWorkingSet or WorkingSetGrowth => SizeUnits,
        _ => null,
    };
}
