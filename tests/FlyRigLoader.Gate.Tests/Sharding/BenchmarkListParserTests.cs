using FlyRigLoader.Gate.Sharding;

namespace FlyRigLoader.Gate.Tests.Sharding;

public sealed class BenchmarkListParserTests
{
    [Fact]
    public void Flat_list_output_yields_distinct_sorted_names_without_noise()
    {
        const string output = "// FlyRigLoader benchmarks\r\n\r\nFlyRigLoader.Benchmarks.Discovery.DiscoverBenchmarks.Discover\r\n"
            + "FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadLarge\n  FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadLarge  \n"
            + "Available benchmarks: 2\n";

        Assert.Equal(
            ["FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadLarge", "FlyRigLoader.Benchmarks.Discovery.DiscoverBenchmarks.Discover"],
            BenchmarkListParser.ParseFlat(output));
    }
}
