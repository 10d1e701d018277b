using FlyRigLoader.Benchmarks.Transformation;
using FlyRigLoader.Interleaving.Cases;

namespace FlyRigLoader.Interleaving.Tests.Cases;

public sealed class CaseDiscoveryTests
{
    private static readonly System.Reflection.Assembly Suite = typeof(SampleBenchmarks).Assembly;

    [Fact]
    public void Finds_every_parameter_combination_named_with_parameters_in_name_order()
    {
        var cases = CaseDiscovery.Find(Suite, "FlyRigLoader.Benchmarks.Transformation.SampleBenchmarks.Count");

        Assert.Equal(
            ["FlyRigLoader.Benchmarks.Transformation.SampleBenchmarks.Count(Label: \"a b\", Rows: 100)",
             "FlyRigLoader.Benchmarks.Transformation.SampleBenchmarks.Count(Label: \"a b\", Rows: 10)"],
            cases.Select(c => c.FullName));
        Assert.All(cases, c => Assert.Equal("Count", c.Method.Name));
    }

    [Fact]
    public void Reads_params_sources_and_all_values_of_bools_and_enums()
    {
        var names = CaseDiscovery.Find(Suite, "FlyRigLoader.Benchmarks.Transformation.SourcedBenchmarks.Work").Select(c => c.FullName).ToList();

        Assert.Equal(2 * 2 * 2, names.Count);
        Assert.Contains("FlyRigLoader.Benchmarks.Transformation.SourcedBenchmarks.Work(Cached: False, Shape: Narrow, SizeMb: 3)", names);
        Assert.Contains("FlyRigLoader.Benchmarks.Transformation.SourcedBenchmarks.Work(Cached: True, Shape: Wide, SizeMb: 1)", names);
    }

    [Fact]
    public void A_build_without_the_method_has_no_cases()
    {
        Assert.Empty(CaseDiscovery.Find(Suite, "FlyRigLoader.Benchmarks.Transformation.SampleBenchmarks.Gone"));
        Assert.Empty(CaseDiscovery.Find(Suite, "No.Such.Type"));
    }

    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.Transformation.UnsupportedBenchmarks.WithArguments", "[Arguments]")]
    [InlineData("FlyRigLoader.Benchmarks.Transformation.UnsupportedBenchmarks.Async", "async")]
    [InlineData("NoDots", "Namespace.Type.Method")]
    public void Refuses_what_it_cannot_run_like_BenchmarkDotNet(string method, string expected)
    {
        var e = Assert.Throws<InterleavingException>(() => CaseDiscovery.Find(Suite, method));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(method, e.Message, StringComparison.Ordinal);
    }
}
