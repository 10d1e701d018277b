using System.Text.Json;
using System.Text.RegularExpressions;
using FlyRigLoader.Benchmarks.Infrastructure;
using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Benchmarks.Tests;

public sealed partial class SlaRegistryTests
{
    private static readonly string[] SlaCategories = [Categories.DataLoading, Categories.Discovery, Categories.Transformation, Categories.Config];

    private static readonly Lazy<JsonDocument> Registry = new(() =>
    {
        var root = RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("repository root not found");
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "benchmarks", "sla-registry.json")));
    });

    private static IEnumerable<JsonElement> Slas => Registry.Value.RootElement.GetProperty("slas").EnumerateArray();

    private static IReadOnlyList<string> FullNames => [.. BenchmarkCatalog.Cases.Select(BenchmarkCatalog.FullName)];

    [Fact]
    public void Registry_is_schema_version_1_with_well_formed_entries()
    {
        Assert.Equal(1, Registry.Value.RootElement.GetProperty("schema_version").GetInt32());
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sla in Slas)
        {
            var id = sla.GetProperty("id").GetString()!;
            Assert.True(ids.Add(id), $"duplicate id {id}");
            Assert.False(string.IsNullOrWhiteSpace(sla.GetProperty("description").GetString()));
            Assert.True(sla.GetProperty("threshold").GetDouble() > 0, id);
            var metric = sla.GetProperty("metric").GetString();
            var unit = sla.GetProperty("unit").GetString();
            Assert.True(metric switch
            {
                "time" => unit is "ns" or "us" or "ms" or "s",
                "allocated" or "peak_working_set" or "working_set_growth" => unit is "B" or "KB" or "MB",
                _ => false,
            }, $"{id}: metric {metric} with unit {unit}");
            Assert.NotEmpty(sla.GetProperty("benchmarks").EnumerateArray());
        }
    }

    [Fact]
    public void Every_glob_matches_at_least_one_benchmark()
    {
        foreach (var sla in Slas)
        {
            foreach (var glob in sla.GetProperty("benchmarks").EnumerateArray().Select(g => g.GetString()!))
            {
                Assert.True(FullNames.Any(n => Glob.IsMatch(glob, n)), $"{sla.GetProperty("id").GetString()}: '{glob}' matches no benchmark");
            }
        }
    }

    [Fact]
    public void Every_benchmark_in_an_sla_category_has_an_sla()
    {
        var globs = Slas.SelectMany(s => s.GetProperty("benchmarks").EnumerateArray().Select(g => g.GetString()!)).ToList();
        var uncovered = BenchmarkCatalog.Cases
            .Where(c => c.Descriptor.Categories.Any(SlaCategories.Contains))
            .Select(BenchmarkCatalog.FullName)
            .Where(name => !globs.Any(g => Glob.IsMatch(g, name)))
            .ToList();
        Assert.True(uncovered.Count == 0, "no SLA for:\n" + string.Join("\n", uncovered));
    }

    [Fact]
    public void Scaled_slas_only_cover_benchmarks_that_have_the_scaling_parameter()
    {
        foreach (var sla in Slas.Where(s => s.TryGetProperty("scale", out _)))
        {
            var parameter = sla.GetProperty("scale").GetProperty("parameter").GetString()!;
            Assert.True(sla.GetProperty("scale").GetProperty("per").GetDouble() > 0);
            var pattern = new Regex(@"[(,] ?" + Regex.Escape(parameter) + @": \d+[,)]", RegexOptions.CultureInvariant);
            foreach (var glob in sla.GetProperty("benchmarks").EnumerateArray().Select(g => g.GetString()!))
            {
                Assert.All(FullNames.Where(n => Glob.IsMatch(glob, n)), n => Assert.Matches(pattern, n));
            }
        }
    }

    [Fact]
    public void The_yaml_file_path_of_large_configs_has_the_guides_10_mb_limit_on_working_set_growth()
    {
        var sla = Assert.Single(Slas, s => s.GetProperty("id").GetString() == "CONFIG-MEM-LARGE-FILE");
        var globs = sla.GetProperty("benchmarks").EnumerateArray().Select(g => g.GetString()!).ToList();

        Assert.Equal(("working_set_growth", 10.0, "MB"), (sla.GetProperty("metric").GetString(), sla.GetProperty("threshold").GetDouble(), sla.GetProperty("unit").GetString()));
        Assert.All(
            ["FlyRigLoader.Benchmarks.Config.LargeConfigBenchmarks.LoadLargeFromFile", "FlyRigLoader.Benchmarks.Config.PyYamlConfigBenchmarks.LoadLargePyYamlFromFile"],
            name => Assert.Contains(name, FullNames.Where(n => globs.Any(g => Glob.IsMatch(g, n)))));
    }

    [Fact]
    public void Full_names_have_the_namespace_type_method_parameters_shape()
    {
        Assert.All(FullNames, n => Assert.Matches(FullNameShape(), n));
        Assert.Contains("FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadGzipPickle(SizeMb: 100)", FullNames);
    }

    [GeneratedRegex(@"^FlyRigLoader\.Benchmarks\.(DataLoading|Discovery|Transformation|Config|Memory)\.\w+\.\w+(\(.+\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex FullNameShape();
}
