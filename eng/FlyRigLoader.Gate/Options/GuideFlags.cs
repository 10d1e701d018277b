using System.Globalization;

namespace FlyRigLoader.Gate.Options;

/// <summary>
/// The suite guide's flags (shared/spec/benchmark-suite.md) that this build does not spell the same way, so a command
/// copied from the guide runs instead of stopping with exit 2. The README's migration table is this list.
/// </summary>
internal static class GuideFlags
{
    /// <summary>Every guide flag and what it becomes here.</summary>
    public static readonly IReadOnlyList<GuideFlag> All =
    [
        new("verify-setup", OptionKind.Flag, "--verify-setup: runs --environment-analysis (toolchain, environment, fingerprint and calibration, then stops)",
            (o, _) => o with { EnvironmentAnalysis = true }),
        new("deep-structures", OptionKind.Flag, "--deep-structures: runs the discovery category; every discovery tree here is already nested (date/rig/animal/session folders, files at depth 4, up to 10,000 files)",
            (o, _) => WithCategory(o, "discovery")),
        new("pattern-focus", OptionKind.Flag, "--pattern-focus: runs the pattern-filtered discovery benchmarks (--filter=*Discover*Filtered*)",
            (o, _) => WithFilter(o, "*Discover*Filtered*")),
        new("vectorized-focus", OptionKind.Flag, "--vectorized-focus: runs the DataFrame build benchmarks (--filter=*DataFrameBuild*); column transforms here are array copies, there is no separate vectorized path",
            (o, _) => WithFilter(o, "*DataFrameBuild*")),
        new("memory-efficiency", OptionKind.Flag, "--memory-efficiency: same as --memory-profiling (bytes/op on every benchmark, memory SLAs, the leak check)",
            (o, _) => o with { MemoryProfiling = true }),
        new("hierarchical-focus", OptionKind.Flag, "--hierarchical-focus: runs the hierarchical merge benchmarks (--filter=*ConfigMerge*)",
            (o, _) => WithFilter(o, "*ConfigMerge*")),
        new("leak-detection", OptionKind.Flag, "--leak-detection: same as --memory-profiling, which runs the leak check (load/transform/release cycles with a slope test)",
            (o, _) => o with { MemoryProfiling = true }),
        new("large-datasets", OptionKind.Flag, "--large-datasets: same as --profile=large (the 1 GB and 10,000-file cases)",
            (o, _) => o.Profile == "default" && !o.SmokeTest ? o with { Profile = "large" } : o),
        new("cross-platform-baselines", OptionKind.Flag, "--cross-platform-baselines: nothing to switch on - baselines are kept per environment fingerprint and job, and a baseline from another platform is never judged directly (INCOMPARABLE, or measured side by side against its commit)",
            (o, _) => o),
        new("platform-optimization", OptionKind.Flag, "--platform-optimization: nothing to switch on - the report always records the runtime, its settings (tiering, GC mode) and the hardware they ran on",
            (o, _) => o),
        new("memory-backend", OptionKind.Text, "--memory-backend: ignored - .NET measures memory itself (BenchmarkDotNet's allocation counters, GC heap and working set); there is no psutil or tracemalloc backend to choose",
            (o, _) => o),
        new("limited-memory-analysis", OptionKind.Flag, "--limited-memory-analysis: ignored - the memory analysis needs no optional package here, so there is no reduced mode to fall back to",
            (o, _) => o),
        new("system-monitoring", OptionKind.Flag, "--system-monitoring: always on - every launch records the machine's CPU accounting (other processes' CPU, hypervisor steal) and the load average into the report, and the gate uses it to call interference",
            (o, _) => o),
        new("memory-tolerance", OptionKind.PositiveInteger, "--memory-tolerance: sets the leak check's working-set growth limit over its cycles (MB) and runs the leak check",
            (o, v) => o with { MemoryProfiling = true, MemoryToleranceMb = int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture) }),
        new("minimal-artifacts", OptionKind.Flag, "--minimal-artifacts: writes only the JSON report, CSV summary and manifest (no HTML page, charts or statistical extras)",
            (o, _) => o with { ReportArtifacts = false, StatisticalAnalysis = false }),
        new("split-artifacts", OptionKind.Flag, "--split-artifacts: nothing to switch on - artifacts are always split by kind (reports/, charts/, statistical-analysis/, memory-profiles/, ci-integration/)",
            (o, _) => o),
        new("debug-mode", OptionKind.Flag, "--debug-mode: same as --verbose (BenchmarkDotNet's own output streamed to the console)",
            (o, _) => o with { Verbose = true }),
        new("trace-execution", OptionKind.Flag, "--trace-execution: same as --verbose; every step's command line and output are also in artifacts/logs/",
            (o, _) => o with { Verbose = true }),
        new("memory-debugging", OptionKind.Flag, "--memory-debugging: same as --memory-profiling plus --verbose (the leak check's heap and working-set series per cycle are in memory-profiles/leak-check-<run>.json)",
            (o, _) => o with { MemoryProfiling = true, Verbose = true }),
    ];

    /// <summary>Finds a guide flag by name (case-insensitive), or null.</summary>
    public static GuideFlag? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static BuildOptions WithCategory(BuildOptions o, string category) =>
        o.Categories.Count > 0 || o.Filter is not null ? o : o with { Categories = [category] };

    private static BuildOptions WithFilter(BuildOptions o, string filter) => o.Filter is not null ? o : o with { Filter = filter };
}
