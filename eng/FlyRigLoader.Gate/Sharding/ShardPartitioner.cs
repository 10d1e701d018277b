using System.Security.Cryptography;
using System.Text;
using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Sharding;

/// <summary>
/// Splits a benchmark list into shards for a CI matrix.
/// </summary>
/// <remarks>
/// Names are ordered on a hash ring (SHA-256 of the UTF-8 name, ties broken by ordinal name) and the ring is cut
/// into <c>n</c> contiguous runs whose sizes differ by at most one. Properties:
/// <list type="bullet">
/// <item>deterministic: depends only on the set of names, not on their order, the process or the machine;</item>
/// <item>complete and disjoint: every name is in exactly one shard;</item>
/// <item>balanced: shard sizes differ by at most one;</item>
/// <item>stable: adding or removing one benchmark moves at most <c>n − 1</c> other benchmarks (only the cut points
/// slide by one position), unlike round-robin by rank, which reshuffles about half of them;</item>
/// <item>mixed: hashing spreads each class and category over all shards instead of giving one runner every large-data benchmark.</item>
/// </list>
/// </remarks>
internal static class ShardPartitioner
{
    /// <summary>Partitions <paramref name="names"/> (duplicates ignored) into <paramref name="count"/> shards, shard 1 first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Partition(IEnumerable<string> names, int count)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var ring = names.Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Key: RingKey(n)))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => e.Name)
            .ToList();

        var shards = new List<IReadOnlyList<string>>(count);
        var start = 0;
        for (var k = 0; k < count; k++)
        {
            // The first (m mod n) shards take one extra name: sizes differ by at most one.
            var size = (ring.Count / count) + (k < ring.Count % count ? 1 : 0);
            shards.Add(ring.GetRange(start, size).Order(StringComparer.Ordinal).ToList());
            start += size;
        }

        return shards;
    }

    /// <summary>The benchmarks of one shard and the BenchmarkDotNet filter that selects exactly them.</summary>
    public static ShardSelection Select(IEnumerable<string> names, Shard shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        var chosen = Partition(names, shard.Count)[shard.Index - 1];
        return new ShardSelection(shard, chosen);
    }

    private static string RingKey(string name) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
