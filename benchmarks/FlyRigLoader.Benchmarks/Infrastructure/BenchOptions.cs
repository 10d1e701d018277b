namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>The suite's own command-line options; everything else goes to BenchmarkSwitcher.</summary>
/// <param name="Profile">Job profile and benchmark selection.</param>
/// <param name="Categories">Any-of category filter; empty means all.</param>
/// <param name="LeakCheckOutput">When set, run the leak check and write its JSON here instead of running BenchmarkDotNet.</param>
/// <param name="DataDirectory">Generated-data cache; null means the default under the repository.</param>
/// <param name="SwitcherArguments">Arguments passed through to BenchmarkSwitcher.</param>
/// <param name="LaunchIterations">Measured iterations per case in this process when the gate runs the suite as one of several launches; null means the profile's own count.</param>
/// <param name="MemoryToleranceMb">Leak check: working-set growth over its cycles (MB) that counts as a leak; null keeps the rule's default.</param>
/// <param name="LeakManagedSlopeMb">Leak check: managed-heap growth per cycle (MB) that counts as a leak; null keeps the rule's default.</param>
/// <param name="LeakAlpha">Leak check: significance level of the slope test; null keeps the rule's default.</param>
/// <param name="ReverseOrder">Run the benchmark classes, and the cases within each, in reverse order (the gate alternates it between launches).</param>
public sealed record BenchOptions(
    BenchmarkProfile Profile,
    IReadOnlyList<string> Categories,
    string? LeakCheckOutput,
    string? DataDirectory,
    IReadOnlyList<string> SwitcherArguments,
    int? LaunchIterations = null,
    bool ReverseOrder = false,
    int? MemoryToleranceMb = null,
    double? LeakManagedSlopeMb = null,
    double? LeakAlpha = null)
{
    /// <summary>The leak check's rule from these options.</summary>
    public LeakCheck.LeakRule LeakRule => new(
        MemoryToleranceMb,
        LeakManagedSlopeMb ?? LeakCheck.LeakRule.DefaultManagedSlopeLimitMb,
        LeakAlpha ?? LeakCheck.LeakRule.DefaultAlpha);

    /// <summary>True when BenchmarkDotNet only lists or prints help (no run, so no summaries is not a failure).</summary>
    public bool IsInformational =>
        SwitcherArguments.Any(a => a is "--list" or "--help" or "-h" or "--info" or "--version" || a.StartsWith("--list=", StringComparison.Ordinal));
}
