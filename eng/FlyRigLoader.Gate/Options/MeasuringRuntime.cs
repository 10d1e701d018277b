namespace FlyRigLoader.Gate.Options;

/// <summary>
/// The runtime settings every process that measures the suite starts with (the suite's launches, re-runs, the leak check
/// and the interleaved A/B runner), from <c>--runtime</c>. <c>steady</c> leaves benchmarks/RuntimeSettings.props in charge
/// (tiered compilation off, measured to remove the processes that tier up mid-measurement; background GC as in a default process) and clears the
/// variables that would silently override it; <c>shipped</c> measures .NET's defaults (tier-0 first, then tier-1 with dynamic
/// PGO), the way users' processes run, at the price of that noise. Checked on this machine: a DOTNET_ variable overrides runtimeconfig.json.
/// </summary>
internal static class MeasuringRuntime
{
    /// <summary>The settings the suite's own runtimeconfig.json sets (benchmarks/RuntimeSettings.props).</summary>
    public const string Steady = "steady";

    /// <summary>.NET's defaults.</summary>
    public const string Shipped = "shipped";

    /// <summary>The values of <c>--runtime</c>.</summary>
    public static readonly IReadOnlyList<string> Modes = [Steady, Shipped];

    // Variables that change how code is compiled or how the GC runs beside it: inherited from a developer's shell they
    // would change what is measured without the report's job saying so by choice.
    private static readonly string[] CompilationVariables =
        ["DOTNET_TieredCompilation", "DOTNET_TieredPGO", "DOTNET_ReadyToRun", "DOTNET_TC_QuickJitForLoops", "DOTNET_OSR_HitLimit", "DOTNET_TC_CallCountThreshold", "DOTNET_TC_CallCountingDelayMs", "DOTNET_gcConcurrent", "DOTNET_gcServer"];

    /// <summary>Environment variables to set (or, with a null value, remove) for a measuring child process.</summary>
    public static IReadOnlyDictionary<string, string?> Variables(string mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        var variables = CompilationVariables.ToDictionary(v => v, _ => (string?)null, StringComparer.Ordinal);
        if (string.Equals(mode, Shipped, StringComparison.OrdinalIgnoreCase))
        {
            variables["DOTNET_TieredCompilation"] = "1";
            variables["DOTNET_TieredPGO"] = "1";
            // Background GC is .NET's default and the suite's; set anyway, so shipped means the defaults whatever the props say.
            variables["DOTNET_gcConcurrent"] = "1";
        }
        else if (!string.Equals(mode, Steady, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "expected steady or shipped");
        }

        return variables;
    }
}
