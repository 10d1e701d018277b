namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>The leak rule's settings; the gate passes them from <c>baselines/gate-config.json</c> (<c>leak_check</c>) and <c>--memory-tolerance</c>.</summary>
/// <param name="ToleranceMb">Working-set growth over the whole check (MB) that counts as a leak (the suite guide's --memory-tolerance), or null for the default limit.</param>
/// <param name="ManagedSlopeLimitMb">Managed-heap growth per cycle (MB) that counts as a leak.</param>
/// <param name="Alpha">Significance level of the slope test on both series.</param>
public sealed record LeakRule(int? ToleranceMb = null, double ManagedSlopeLimitMb = LeakRule.DefaultManagedSlopeLimitMb, double Alpha = LeakRule.DefaultAlpha)
{
    /// <summary>Managed-heap slope limit when the gate config does not set one.</summary>
    public const double DefaultManagedSlopeLimitMb = 1.0;

    /// <summary>Significance level when the gate config does not set one.</summary>
    public const double DefaultAlpha = 0.01;

    /// <summary>The rule with every default.</summary>
    public static LeakRule Default { get; } = new();

    /// <summary>
    /// Working-set growth per cycle (MB) that counts as a leak: by default the larger of 5 MB and 10% of the dataset,
    /// because the OS keeps freed pages for a while; with a tolerance, that growth spread over the cycles.
    /// </summary>
    public double WorkingSetSlopeLimitMb(double datasetMb) =>
        ToleranceMb is { } tolerance ? tolerance / (double)LeakCheckRunner.Cycles : Math.Max(5.0, 0.1 * datasetMb);
}
