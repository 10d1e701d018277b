using CsCheck;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.Infrastructure;

public sealed class GlobTests
{
    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.DataLoading.*Load*", "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadGzipPickle(SizeMb: 100)", true)]
    [InlineData("*", "", true)]
    [InlineData("a*b*c", "aXXbYYc", true)]
    [InlineData("a*b*c", "aXXbYY", false)]
    [InlineData("Load*", "XLoad", false)]
    [InlineData("*Load", "LoadX", false)]
    [InlineData("a**b", "ab", true)]
    [InlineData("abc", "ABC", false)]
    [InlineData("x(SizeMb: 1)", "x(SizeMb: 10)", false)]
    public void Is_match_follows_star_only_semantics(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Glob.IsMatch(pattern, text));

    [Fact]
    public void Literal_pattern_matches_itself_and_star_matches_everything() =>
        Gen.String.Where(s => !s.Contains('*', StringComparison.Ordinal)).Sample(text =>
            Glob.IsMatch(text, text) && Glob.IsMatch("*", text) && Glob.IsMatch("*" + text, "prefix" + text));

    [Fact]
    public void Star_between_two_literals_matches_any_middle() =>
        Gen.Select(Gen.String.AlphaNumeric, Gen.String, Gen.String.AlphaNumeric).Sample((head, middle, tail) =>
            Glob.IsMatch(head + "*" + tail, head + middle + tail));
}
