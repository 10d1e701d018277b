using FlyRigLoader.Gate.Core.Results;



namespace FlyRigLoader.Gate.Core.Tests.Results;

public sealed class GlobTests
{
    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.DataLoading.*Load*", "FlyRigLoader.Benchmarks.DataLoading.PickleBenchmarks.LoadGzip(SizeMb: 10)", true)]
    [InlineData("*Discovery*", "FlyRigLoader.Benchmarks.DataLoading.X.Load", false)]
    [InlineData("A.B", "A.B", true)]
    [InlineData("A.B", "A.BC", false)]
    [InlineData("A.*", "A.", true)]
    [InlineData("a.*", "A.B", false)]
    public void Matches_whole_names_with_star_wildcards(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Glob.IsMatch(pattern, text));
}
