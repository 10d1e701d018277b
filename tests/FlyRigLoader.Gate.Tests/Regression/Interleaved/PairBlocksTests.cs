using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Regression.Interleaved;

namespace FlyRigLoader.Gate.Tests.Regression.Interleaved;

public sealed class PairBlocksTests
{
    internal static readonly MeasuredRun Template = new(
        new RunProvenance("ab-1", "abc", "main", DateTimeOffset.UnixEpoch, null, null, "interleaved"), "ab-interleaved", null, null, [], [], true, false);

    private static InterleavedSide Side(int pairs, double start = 1) => new(Enumerable.Range(0, pairs).Select(i => start + i).ToList(), 100);

    private static InterleavedCase Case(string name, InterleavedSide? a, InterleavedSide? b, Dictionary<string, string>? errors = null) =>
        new(name, a, b, true, errors ?? []);

    [Fact]
    public void Cuts_160_pairs_into_8_contiguous_blocks_of_20_on_both_sides()
    {
        var (a, b) = PairBlocks.Split([Case("FlyRigLoader.Benchmarks.Config.C.M", Side(160), Side(160, 1000))], Template);

        Assert.Equal(8, a.Count);
        Assert.Equal(8, b.Count);
        Assert.All(a.Concat(b), r => Assert.Equal(20, r.Benchmarks.Single().SamplesNs.Count));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => 21.0 + i), a[1].Benchmarks[0].SamplesNs);
        Assert.Equal(1020.0, b[1].Benchmarks[0].SamplesNs[0]);
        Assert.Equal("config", a[0].Benchmarks[0].Category);
    }

    [Fact]
    public void Cases_with_fewer_pairs_fill_fewer_blocks_and_every_case_is_in_the_first()
    {
        var (a, b) = PairBlocks.Split([Case("N.T.Long", Side(6), Side(6)), Case("N.T.Short", Side(50), Side(50)), Case("N.T.New", null, Side(40))], Template);

        Assert.Equal(2, a.Count);
        Assert.Equal(["N.T.Long", "N.T.Short"], a[0].Benchmarks.Select(x => x.FullName));
        Assert.Equal(["N.T.Long", "N.T.Short", "N.T.New"], b[0].Benchmarks.Select(x => x.FullName));
        Assert.Equal([25, 25], a.Select(r => r.Benchmarks.Single(x => x.FullName == "N.T.Short").SamplesNs.Count));
        Assert.Equal(6, a[0].Benchmarks[0].SamplesNs.Count);
        Assert.Null(a[0].Benchmarks[0].Category);
    }

    [Fact]
    public void A_side_that_failed_is_reported_once_as_failed()
    {
        var (a, b) = PairBlocks.Split([Case("N.T.Ok", Side(40), Side(40)), Case("N.T.Broken", Side(40), null, new() { ["B"] = "boom" })], Template);

        Assert.Equal(["N.T.Broken"], b[0].Failed);
        Assert.Empty(b[1].Failed);
        Assert.Empty(a[0].Failed);
    }

    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.DataLoading.PickleSmokeBenchmarks.LoadStandardPickle(SizeMb: 1)", "data-loading")]
    [InlineData("FlyRigLoader.Benchmarks.Config.LargeConfigBenchmarks.LoadLargeFromFile", "config")]
    [InlineData("Other.T.M", null)]
    [InlineData("T.M", null)]
    public void Categories_come_from_the_namespace(string name, string? category) =>
        Assert.Equal(category, PairBlocks.CategoryOf(name));

    internal static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"FlyRigLoader.Benchmarks.Config.B{i}.M");
}
