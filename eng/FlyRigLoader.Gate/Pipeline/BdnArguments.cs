using System.Globalization;
using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>Composes the benchmark exe's command lines from the options (see the exe's CLI in the contracts).</summary>
internal static class BdnArguments
{
    /// <summary>
    /// Arguments of launch <paramref name="launchIndex"/> (0-based) of the main run: profile, categories, filters,
    /// artifacts folder, full JSON export, the launch's share of the iterations and, every other launch, reverse order.
    /// </summary>
    public static IReadOnlyList<string> Run(BuildOptions options, IReadOnlyList<string> filters, string bdnArtifacts, LaunchPlan plan, int launchIndex)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(plan);
        var args = new List<string> { "--profile", options.EffectiveProfile, "--launch-iterations", plan.IterationsPerLaunch.ToString(CultureInfo.InvariantCulture) };
        if (LaunchPlan.Reversed(launchIndex))
        {
            args.Add("--reverse-order");
        }

        if (options.Categories.Count > 0)
        {
            args.AddRange(["--categories", string.Join(',', options.Categories)]);
        }

        // Without --filter BenchmarkSwitcher asks interactively, which would hang a build.
        args.Add("--filter");
        args.AddRange(filters.Count > 0 ? filters : ["*"]);
        args.AddRange(["--artifacts", bdnArtifacts, "--exporters", "json"]);
        if (options.MemoryProfiling)
        {
            args.Add("--memory");
        }

        return args;
    }

    /// <summary>Arguments that list the selected benchmarks (for sharding).</summary>
    public static IReadOnlyList<string> List(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var args = new List<string> { "--profile", options.EffectiveProfile, "--list", "flat", "--filter", options.Filter ?? "*" };
        if (options.Categories.Count > 0)
        {
            args.AddRange(["--categories", string.Join(',', options.Categories)]);
        }

        return args;
    }

    /// <summary>Arguments of the leak check: the rule's limits come from the gate config (<c>leak_check</c>), the working-set tolerance from <c>--memory-tolerance</c>.</summary>
    public static IReadOnlyList<string> LeakCheck(BuildOptions options, string outputJson, Regression.GateConfig config)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(config);
        var args = new List<string>
        {
            "--profile", options.EffectiveProfile, "--leak-check", outputJson,
            "--leak-managed-slope-mb", config.LeakManagedSlopeLimitMb.ToString("R", CultureInfo.InvariantCulture),
            "--leak-alpha", config.LeakAlpha.ToString("R", CultureInfo.InvariantCulture),
        };
        if (options.MemoryToleranceMb is { } tolerance)
        {
            args.AddRange(["--memory-tolerance-mb", tolerance.ToString(CultureInfo.InvariantCulture)]);
        }

        return args;
    }

    /// <summary>
    /// The leak check runs with <c>--memory-profiling</c>, when the memory category is selected explicitly, or in a
    /// full (unfiltered, non-smoke) run, which includes the memory category. A sharded run runs it once, in shard 1:
    /// it measures heap growth over cycles, not the shard's benchmarks, and MergeReports keeps the most severe verdict,
    /// so every sharded CI run carries one leak verdict without paying for it three times.
    /// </summary>
    public static bool WantsLeakCheck(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wanted = options.MemoryProfiling
            || options.Categories.Contains("memory", StringComparer.Ordinal)
            || (options.Categories.Count == 0 && options.EffectiveProfile != "smoke" && options.Filter is null);
        return wanted && (options.Shard is null || options.Shard.Index == 1);
    }

    /// <summary>Benchmark names from <c>--list flat</c> output (one <c>Namespace.Type.Method</c> per line).</summary>
    public static IReadOnlyList<string> ParseList(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && !l.Contains(' ', StringComparison.Ordinal) && l.Contains('.', StringComparison.Ordinal))
            .ToList();
    }
}
