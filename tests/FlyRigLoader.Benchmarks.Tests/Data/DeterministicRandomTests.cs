using FlyRigLoader.Benchmarks.Data;

namespace FlyRigLoader.Benchmarks.Tests.Data;

public sealed class DeterministicRandomTests
{
    [Fact]
    public void Matches_the_SplitMix64_reference_sequence()
    {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c): the bytes must not depend on the runtime.
        var random = new DeterministicRandom(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, random.NextUInt64());
    }

    [Fact]
    public void Same_seed_same_stream_different_seed_different_stream()
    {
        var a = new DeterministicRandom(42);
        var b = new DeterministicRandom(42);
        var c = new DeterministicRandom(43);
        var first = Enumerable.Range(0, 100).Select(_ => a.NextDouble()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 100).Select(_ => b.NextDouble()).ToArray());
        Assert.NotEqual(first, Enumerable.Range(0, 100).Select(_ => c.NextDouble()).ToArray());
    }

    [Fact]
    public void Ranges_are_respected_and_normals_look_standard()
    {
        var random = new DeterministicRandom(7);
        var ints = Enumerable.Range(0, 10_000).Select(_ => random.Next(3, 9)).ToArray();
        var doubles = Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()).ToArray();
        var normals = Enumerable.Range(0, 20_000).Select(_ => random.NextNormal()).ToArray();

        Assert.All(ints, i => Assert.InRange(i, 3, 8));
        Assert.Equal(6, ints.Distinct().Count());
        Assert.All(doubles, d => Assert.InRange(d, 0.0, 0.9999999999));
        Assert.InRange(normals.Average(), -0.05, 0.05);
        var variance = normals.Select(n => n * n).Average();
        Assert.InRange(variance, 0.95, 1.05);
    }
}
