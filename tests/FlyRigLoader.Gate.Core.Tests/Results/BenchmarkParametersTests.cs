using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Gate.Core.Tests.Results;

/// <summary>BenchmarkDotNet's parameter text read as names and numbers.</summary>
public sealed class BenchmarkParametersTests
{
    [Fact]
    public void Parse_splits_the_pairs_and_trims_them() =>
        Assert.Equal(new Dictionary<string, string> { ["SizeMb"] = "10", ["Size"] = "\"small\"" }, BenchmarkParameters.Parse("SizeMb=10 & Size=\"small\""));

    [Theory]
    [InlineData("SizeMb=10&Rows=100000", "Rows", 100000.0)]
    [InlineData("SizeMb=2.5", "SizeMb", 2.5)]
    public void Number_reads_a_parameter_in_the_invariant_culture(string parameters, string name, double expected) =>
        Assert.Equal(expected, BenchmarkParameters.Number(parameters, name));

    [Theory]
    [InlineData(null, "Rows")]
    [InlineData("SizeMb=10", "Rows")]
    [InlineData("Size=\"small\"", "Size")]
    public void Number_is_null_for_an_absent_or_non_numeric_parameter(string? parameters, string name) =>
        Assert.Null(BenchmarkParameters.Number(parameters, name));
}
