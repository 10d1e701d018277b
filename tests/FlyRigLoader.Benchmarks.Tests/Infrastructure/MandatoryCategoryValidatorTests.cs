using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.Infrastructure;

public sealed class MandatoryCategoryValidatorTests
{
    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.Config", new[] { "config" }, null)]
    [InlineData("FlyRigLoader.Benchmarks.Config", new[] { "config", "smoke" }, null)]
    [InlineData("FlyRigLoader.Benchmarks.Config", new string[0], "no main category")]
    [InlineData("FlyRigLoader.Benchmarks.Config", new[] { "smoke" }, "no main category")]
    [InlineData("FlyRigLoader.Benchmarks.Config", new[] { "config", "memory" }, "several main categories")]
    [InlineData("FlyRigLoader.Benchmarks.Config", new[] { "discovery" }, "expected 'config'")]
    [InlineData("FlyRigLoader.Benchmarks.Misc", new[] { "config" }, "not a category namespace")]
    public void Problem_names_what_is_wrong(string ns, string[] categories, string? expected)
    {
        var problem = MandatoryCategoryValidator.Problem(ns, categories);
        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rejects_a_real_benchmark_without_a_category_critically()
    {
        var info = BenchmarkConverter.TypeToBenchmarks(typeof(UncategorizedBenchmark), DefaultConfig.Instance);
        var errors = MandatoryCategoryValidator.Instance.Validate(new ValidationParameters(info.BenchmarksCases, info.Config)).ToList();

        var error = Assert.Single(errors);
        Assert.True(error.IsCritical);
        Assert.Contains("no main category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_part_of_every_profile_config()
    {
        foreach (var profile in Enum.GetValues<BenchmarkProfile>())
        {
            Assert.Contains(MandatoryCategoryValidator.Instance, BenchmarkConfigFactory.Create(profile).GetValidators());
        }
    }

    public class UncategorizedBenchmark
    {
        private readonly int _value = 42;

        [Benchmark]
        public int Work() => _value;
    }
}
