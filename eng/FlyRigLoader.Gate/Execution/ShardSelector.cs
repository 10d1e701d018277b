using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Sharding;

namespace FlyRigLoader.Gate.Execution;

/// <summary>Picks a shard's benchmarks with <see cref="ShardPartitioner"/> (stable as benchmarks are added, balanced within one).</summary>
internal static class ShardSelector
{
    /// <summary>The BenchmarkDotNet filter globs of shard <paramref name="shard"/>; all names (sorted) when it is null.</summary>
    public static IReadOnlyList<string> Select(IEnumerable<string> names, Shard? shard)
    {
        ArgumentNullException.ThrowIfNull(names);
        return shard is null
            ? names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : ShardPartitioner.Select(names, shard).FilterArguments;
    }
}
