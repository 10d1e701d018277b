using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Execution;

/// <summary>Splits benchmark names into shards deterministically: sorted ordinally, name i goes to shard (i mod n) + 1.</summary>
public static class ShardSelector
{
    /// <summary>The names of shard <paramref name="shard"/>; all names when it is null.</summary>
    public static IReadOnlyList<string> Select(IEnumerable<string> names, Shard? shard)
    {
        ArgumentNullException.ThrowIfNull(names);
        var sorted = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return shard is null ? sorted : sorted.Where((_, i) => (i % shard.Count) + 1 == shard.Index).ToList();
    }
}
