using System.Globalization;

namespace FlyRigLoader.Gate.Core.Jobs;

/// <summary>
/// Which runtime settings identify a job (pure). The knobs measured to move the suite's timings (tiered compilation
/// and PGO, ReadyToRun, the GC's mode, RetainVM and gen0 budget) always appear, <see cref="JobIdentity.Unset"/> when
/// not set; any other runtime knob set through a <c>DOTNET_</c>/<c>COMPlus_</c> variable appears under its name.
/// </summary>
public static class RuntimeKnobs
{
    /// <summary>The named knobs: job key, runtime configuration switch (null: none), knob name after the variable prefix.</summary>
    public static readonly IReadOnlyList<(string Name, string? AppContextName, string VariableName)> Named =
    [
        ("TieredCompilation", "System.Runtime.TieredCompilation", "TieredCompilation"),
        ("TieredPGO", "System.Runtime.TieredPGO", "TieredPGO"),
        ("QuickJitForLoops", "System.Runtime.TieredCompilation.QuickJitForLoops", "TC_QuickJitForLoops"),
        ("ReadyToRun", null, "ReadyToRun"),
        ("GCRetainVM", "System.GC.RetainVM", "GCRetainVM"),
        ("GCgen0size", "System.GC.Gen0Size", "GCgen0size"),
        ("ServerGC", "System.GC.Server", "gcServer"),
        ("ConcurrentGC", "System.GC.Concurrent", "gcConcurrent"),
    ];

    /// <summary>Prefixes under which the runtime reads its knobs from the environment, in the runtime's order of precedence.</summary>
    public static readonly IReadOnlyList<string> VariablePrefixes = ["DOTNET_", "COMPlus_"];

    // The host, the SDK and the CLI read these; the benchmark process runs the same whatever they say, and a developer
    // machine and a CI runner routinely differ in them (telemetry opt-out, install folder), which must not split jobs.
    private static readonly string[] HostPrefixes = ["ROOT", "CLI_", "HOST_", "NUGET_", "WATCH", "SDK_", "TOOLS"];

    private static readonly string[] HostNames =
        ["NOLOGO", "SKIP_FIRST_TIME_EXPERIENCE", "GENERATE_ASPNET_CERTIFICATE", "ADD_GLOBAL_TOOLS_TO_PATH", "MULTILEVEL_LOOKUP", "INSTALL_DIR", "BUNDLE_EXTRACT_BASE_DIR", "RUNNING_IN_CONTAINER", "ENVIRONMENT", "TELEMETRY_OPTOUT"];

    /// <summary>
    /// The job's runtime map: each named knob from its environment variable (which the runtime lets win over the
    /// runtime configuration), else from the runtime configuration, else unset; the GC the process really got
    /// (<c>ServerGC</c>, <c>GCLatencyMode</c>) where recorded; then every other runtime knob set in the environment.
    /// An unknown snapshot (a run that recorded none) gives an empty map.
    /// </summary>
    public static IReadOnlyDictionary<string, string> JobMap(RuntimeSnapshot? snapshot)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (snapshot is null)
        {
            return map;
        }

        var knobs = Knobs(snapshot.Environment);
        foreach (var (name, appContextName, variable) in Named)
        {
            map[name] = knobs.TryGetValue(variable, out var fromVariable) ? fromVariable
                : appContextName is not null && snapshot.AppContext.TryGetValue(appContextName, out var configured) && !string.IsNullOrWhiteSpace(configured) ? configured.Trim()
                : JobIdentity.Unset;
        }

        if (snapshot.IsServerGc is { } server)
        {
            map["ServerGC"] = server ? "true" : "false";
        }

        if (!string.IsNullOrWhiteSpace(snapshot.LatencyMode))
        {
            map["GCLatencyMode"] = snapshot.LatencyMode.Trim();
        }

        foreach (var (variable, value) in knobs)
        {
            if (!Named.Any(n => string.Equals(n.VariableName, variable, StringComparison.OrdinalIgnoreCase)))
            {
                map[variable] = value;
            }
        }

        return map;
    }

    /// <summary>True for a variable the runtime reads as a knob (not one of the host's, SDK's or CLI's own).</summary>
    public static bool IsRuntimeVariable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var prefix = VariablePrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (prefix is null || name.Length == prefix.Length)
        {
            return false;
        }

        var knob = name[prefix.Length..].ToUpper(CultureInfo.InvariantCulture);
        return !HostPrefixes.Any(p => knob.StartsWith(p, StringComparison.Ordinal)) && !HostNames.Contains(knob, StringComparer.Ordinal);
    }

    // Knob name (prefix removed) → value; DOTNET_ wins over COMPlus_ as it does in the runtime.
    private static SortedDictionary<string, string> Knobs(IReadOnlyDictionary<string, string> environment)
    {
        var knobs = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var prefix in VariablePrefixes.Reverse())
        {
            foreach (var (name, value) in environment.Where(kv => kv.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && IsRuntimeVariable(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                knobs[name[prefix.Length..]] = value.Trim();
            }
        }

        return knobs;
    }
}
