using FlyRigLoader.Benchmarks.DataLoading;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.DataLoading;

[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

/// <summary>The large profile is the only one that pays for 500 MB and 1 GB files.</summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class PickleLoadSizesTests
{
    [Theory]
    [InlineData(null, new[] { 1, 10, 100 })]
    [InlineData("default", new[] { 1, 10, 100 })]
    [InlineData("smoke", new[] { 1, 10, 100 })]
    [InlineData("large", new[] { 1, 10, 100, 500, 1000 })]
    public void Sizes_follow_the_profile(string? profile, int[] expected)
    {
        var before = Environment.GetEnvironmentVariable(BenchmarkEnvironment.ProfileVariable);
        try
        {
            Environment.SetEnvironmentVariable(BenchmarkEnvironment.ProfileVariable, profile);
            Assert.Equal(expected, PickleLoadBenchmarks.Sizes);
        }
        finally
        {
            Environment.SetEnvironmentVariable(BenchmarkEnvironment.ProfileVariable, before);
        }
    }
}
