using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts.Interleaving;
using FlyRigLoader.Gate.Regression.Interleaved;

namespace FlyRigLoader.Gate.Tests.Regression.Interleaved;

public sealed class LaunchRoundsTests
{
    internal static readonly MeasuredRun Template = new(
        new RunProvenance("ab-1", "abc", "main", DateTimeOffset.UnixEpoch, null, null, "interleaved"), "ab-interleaved", null, null, [], [], true, false);

    private static InterleavedSide Side(int pairs, double start = 1) => new(Enumerable.Range(0, pairs).Select(i => start + i).ToList(), 100);

    private static InterleavedCase Case(string name, InterleavedSide? a, InterleavedSide? b, Dictionary<string, string>? errors = null) =>
        new(name, a, b, 0, 0, true, errors ?? []);

    [Fact]
    public void Every_launch_is_one_round_of_A_and_of_B_with_all_its_pairs()
    {
        var launches = Enumerable.Range(0, 4).Select(l => (IReadOnlyList<InterleavedCase>)[Case("FlyRigLoader.Benchmarks.Config.C.M", Side(40, l * 100), Side(40, 1000 + (l * 100)))]).ToList();

        var (a, b) = LaunchRounds.Split(launches, Template);

        Assert.Equal(4, a.Count);
        Assert.Equal(4, b.Count);
        Assert.All(a.Concat(b), r => Assert.Equal(40, r.Benchmarks.Single().SamplesNs.Count));
        Assert.Equal(200.0, a[2].Benchmarks[0].SamplesNs[0]);
        Assert.Equal(1300.0, b[3].Benchmarks[0].SamplesNs[0]);
        Assert.Equal("config", a[0].Benchmarks[0].Category);
        Assert.Equal("ab-1", b[0].Provenance.RunId);
    }

    [Fact]
    public void A_case_one_build_lacks_is_on_the_other_side_only_and_failures_are_per_launch()
    {
        IReadOnlyList<InterleavedCase> launch = [Case("N.T.Ok", Side(6), Side(6)), Case("N.T.New", null, Side(6)), Case("N.T.Broken", null, null, new() { ["B"] = "boom" })];

        var (a, b) = LaunchRounds.Split([launch, launch], Template);

        Assert.Equal(["N.T.Ok"], a[0].Benchmarks.Select(x => x.FullName));
        Assert.Equal(["N.T.Ok", "N.T.New"], b[1].Benchmarks.Select(x => x.FullName));
        Assert.Equal(["N.T.Broken"], b[1].Failed);
        Assert.Empty(a[0].Failed);
        Assert.Null(a[0].Benchmarks[0].Category);
    }

    [Fact]
    public void No_launch_is_an_error() =>
        Assert.Throws<ArgumentException>(() => LaunchRounds.Split([], Template));

    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.DataLoading.PickleSmokeBenchmarks.LoadStandardPickle(SizeMb: 1)", "data-loading")]
    [InlineData("FlyRigLoader.Benchmarks.Config.LargeConfigBenchmarks.LoadLargeFromFile", "config")]
    [InlineData("Other.T.M", null)]
    [InlineData("T.M", null)]
    public void Categories_come_from_the_namespace(string name, string? category) =>
        Assert.Equal(category, LaunchRounds.CategoryOf(name));

    internal static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"FlyRigLoader.Benchmarks.Config.B{i}.M");
}
