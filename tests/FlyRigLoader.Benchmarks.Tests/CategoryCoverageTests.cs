using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Validators;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests;

public sealed class CategoryCoverageTests
{
    [Fact]
    public void The_suite_has_benchmarks_in_every_main_category()
    {
        var categories = BenchmarkCatalog.Cases.SelectMany(c => c.Descriptor.Categories).ToHashSet();
        Assert.All(Categories.Main, c => Assert.Contains(c, categories));
        Assert.True(BenchmarkCatalog.Cases.Count >= 40, $"only {BenchmarkCatalog.Cases.Count} benchmark cases");
    }

    [Fact]
    public void Every_benchmark_passes_the_mandatory_category_validator()
    {
        var first = BenchmarkCatalog.Cases[0];
        var errors = MandatoryCategoryValidator.Instance.Validate(new ValidationParameters(BenchmarkCatalog.Cases, first.Config)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Message)));
    }

    [Fact]
    public void Every_main_category_has_a_smoke_benchmark_at_its_smallest_size()
    {
        var smoke = BenchmarkCatalog.Cases.Where(c => c.Descriptor.Categories.Contains(Categories.Smoke)).ToList();
        foreach (var category in Categories.Main)
        {
            var inCategory = BenchmarkCatalog.Cases.Where(c => c.Descriptor.Categories.Contains(category)).ToList();
            var smokeCases = smoke.Where(c => c.Descriptor.Categories.Contains(category)).ToList();
            Assert.True(smokeCases.Count >= 1, $"no smoke benchmark in {category}");
            foreach (var parameter in smokeCases.SelectMany(c => c.Parameters.Items))
            {
                var smallest = inCategory
                    .SelectMany(c => c.Parameters.Items)
                    .Where(p => p.Name == parameter.Name && p.Value is int)
                    .Min(p => (int?)p.Value);
                if (parameter.Value is int value)
                {
                    Assert.Equal(smallest, value);
                }
            }
        }
    }

    [Fact]
    public void Smoke_benchmarks_are_few()
    {
        var smoke = BenchmarkCatalog.Cases.Count(c => c.Descriptor.Categories.Contains(Categories.Smoke));
        Assert.InRange(smoke, Categories.Main.Count, 2 * Categories.Main.Count);
    }

    [Fact]
    public void Every_benchmark_method_has_its_own_injection_slot()
    {
        foreach (var type in BenchmarkCatalog.BenchmarkTypes)
        {
            var methods = type.GetMethods().Count(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);
            var slots = type.GetFields(BindingFlags.Static | BindingFlags.NonPublic).Count(f => f.FieldType == typeof(InjectionSlot));
            Assert.True(methods == slots, string.Create(CultureInfo.InvariantCulture, $"{type.Name}: {methods} benchmarks, {slots} injection slots"));
        }
    }
}
