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
    public void The_memory_intensive_tag_marks_the_largest_loads_each_beside_its_main_category()
    {
        var tagged = BenchmarkCatalog.Cases.Where(c => c.Descriptor.Categories.Contains(Categories.MemoryIntensive)).ToList();

        Assert.NotEmpty(tagged);
        Assert.All(tagged, c => Assert.Contains(Categories.DataLoading, c.Descriptor.Categories));
        Assert.Contains("FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadGzipPickle(SizeMb: 100)", tagged.Select(BenchmarkCatalog.FullName));
        Assert.DoesNotContain(BenchmarkCatalog.Cases.Where(c => c.Descriptor.Categories.Contains(Categories.Smoke)), tagged.Contains);
    }

    [Fact]
    public void Smoke_benchmarks_are_few()
    {
        var smoke = BenchmarkCatalog.Cases.Count(c => c.Descriptor.Categories.Contains(Categories.Smoke));
        Assert.InRange(smoke, Categories.Main.Count, 2 * Categories.Main.Count);
    }

    [Fact]
    public void No_benchmark_body_carries_an_accuracy_trial_hook()
    {
        // The gate's accuracy trials slow or grow a benchmark in a generated copy of the suite (GateAccuracy's flavours);
        // the shipped suite measures the library and nothing else.
        var suite = Path.Combine(RepositoryRoot.FindFrom(AppContext.BaseDirectory)!, "benchmarks", "FlyRigLoader.Benchmarks");
        var hooks = new[] { "InjectionSlot", "InjectionRule", "FLYRIG_BENCH_INJECT", "using var injected" };
        var offenders = Directory.EnumerateFiles(suite, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => hooks.Where(h => File.ReadAllText(f).Contains(h, StringComparison.Ordinal)).Select(h => $"{Path.GetFileName(f)}: {h}"))
            .ToList();

        Assert.NotEmpty(Directory.EnumerateFiles(suite, "*Benchmarks.cs", SearchOption.AllDirectories));
        Assert.Empty(offenders);
    }
}
