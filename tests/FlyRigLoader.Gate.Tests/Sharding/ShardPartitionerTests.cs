using CsCheck;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Sharding;

namespace FlyRigLoader.Gate.Tests.Sharding;

public sealed class ShardPartitionerTests
{
    private static readonly Gen<string> Name =
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 10].Select(s => "FlyRigLoader.Benchmarks.X." + s);

    private static readonly Gen<(List<string> Names, int Count)> Input =
        Gen.Select(Name.Array[0, 120], Gen.Int[1, 9], (names, n) => (names.Distinct(StringComparer.Ordinal).ToList(), n));

    [Fact]
    public void Shards_cover_every_benchmark_exactly_once() =>
        Input.Sample(t =>
        {
            var shards = ShardPartitioner.Partition(t.Names, t.Count);
            var all = shards.SelectMany(s => s).ToList();
            return shards.Count == t.Count
                && all.Count == t.Names.Count
                && all.ToHashSet(StringComparer.Ordinal).SetEquals(t.Names);
        });

    [Fact]
    public void Shard_sizes_differ_by_at_most_one() =>
        Input.Sample(t =>
        {
            var sizes = ShardPartitioner.Partition(t.Names, t.Count).Select(s => s.Count).ToList();
            return sizes.Max() - sizes.Min() <= 1;
        });

    [Fact]
    public void The_partition_does_not_depend_on_input_order() =>
        Input.SelectMany(t => Gen.Shuffle(t.Names.ToArray()).Select(shuffled => (t.Names, t.Count, Shuffled: shuffled))).Sample(t =>
        {
            var a = ShardPartitioner.Partition(t.Names, t.Count);
            var b = ShardPartitioner.Partition(t.Shuffled, t.Count);
            return a.Zip(b).All(p => p.First.SequenceEqual(p.Second));
        });

    [Fact]
    public void Adding_a_benchmark_moves_at_most_n_minus_1_others() =>
        Gen.Select(Input, Name).Sample(t =>
        {
            var ((names, n), added) = t;
            if (names.Contains(added))
            {
                return true;
            }

            var before = ShardOf(ShardPartitioner.Partition(names, n));
            var after = ShardOf(ShardPartitioner.Partition([.. names, added], n));
            var moved = names.Count(name => before[name] != after[name]);
            return moved <= n - 1;
        });

    [Fact]
    public void Adding_a_benchmark_to_a_realistic_suite_keeps_most_assignments()
    {
        var names = Enumerable.Range(0, 60).Select(i => $"FlyRigLoader.Benchmarks.Suite.Bench{i:D2}").ToList();
        var before = ShardOf(ShardPartitioner.Partition(names, 4));
        var after = ShardOf(ShardPartitioner.Partition([.. names, "FlyRigLoader.Benchmarks.Suite.NewOne"], 4));

        Assert.True(names.Count(n => before[n] != after[n]) <= 3);
    }

    [Fact]
    public void Select_returns_shard_k_and_exact_filter_globs()
    {
        string[] names = ["A.B.C", "A.B.D", "A.B.E", "A.B.F", "A.B.G"];
        var shards = ShardPartitioner.Partition(names, 2);

        var second = ShardPartitioner.Select(names, new Shard(2, 2));

        Assert.Equal(shards[1], second.Benchmarks);
        Assert.Equal(second.Benchmarks, second.FilterArguments);
        Assert.False(second.IsEmpty);
    }

    [Fact]
    public void More_shards_than_benchmarks_gives_empty_shards_that_say_so()
    {
        var selection = ShardPartitioner.Select(["A.B.C"], new Shard(3, 3));

        Assert.True(selection.IsEmpty);
        Assert.Empty(selection.FilterArguments);
    }

    [Fact]
    public void A_star_in_a_name_never_widens_the_filter() =>
        Assert.Equal(["A.B.C?"], new ShardSelection(new Shard(1, 1), ["A.B.C*"]).FilterArguments);

    private static Dictionary<string, int> ShardOf(IReadOnlyList<IReadOnlyList<string>> shards) =>
        shards.SelectMany((s, i) => s.Select(name => (name, i))).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
}
