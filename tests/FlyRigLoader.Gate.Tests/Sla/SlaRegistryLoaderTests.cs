using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Sla;
using FlyRigLoader.Gate.TestKit;
using NJsonSchema;

namespace FlyRigLoader.Gate.Tests.Sla;

public sealed class SlaRegistryLoaderTests
{
    private const string Valid = """
        { "schema_version": 1, "slas": [
          { "id": "TST-PERF-001", "description": "Pickle load < 1 s per 100 MB", "metric": "time", "threshold": 1.0, "unit": "s",
            "scale": { "parameter": "SizeMb", "per": 100 }, "benchmarks": ["FlyRigLoader.Benchmarks.DataLoading.*Load*"] },
          { "id": "CONFIG-MEM-LARGE", "description": "Large config retains < 10 MB", "metric": "allocated", "threshold": 10, "unit": "MB",
            "benchmarks": ["FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadLarge*"] } ] }
        """;

    [Fact]
    public void Parse_contract_example()
    {
        var registry = SlaRegistryLoader.Parse(Valid, "reg.json");

        Assert.Equal(2, registry.Slas.Count);
        Assert.Equal(new SlaScale("SizeMb", 100), registry.Slas[0].Scale);
        Assert.Equal("allocated", registry.Slas[1].Metric);
        Assert.Null(registry.Slas[1].Scale);
    }

    [Theory]
    [InlineData("""{ "schema_version": 2, "slas": [] }""", "schema_version must be 1")]
    [InlineData("""{ "schema_version": 1 }""", "slas must be an array")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "id": "A", "description": "d", "metric": "speed", "threshold": 1, "unit": "s", "benchmarks": ["x"] } ] }""", "slas[0].metric 'speed'")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "id": "A", "description": "d", "metric": "time", "threshold": 1, "unit": "MB", "benchmarks": ["x"] } ] }""", "slas[0].unit 'MB' is not valid for metric time")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "id": "A", "description": "d", "metric": "time", "threshold": 0, "unit": "s", "benchmarks": ["x"] } ] }""", "slas[0].threshold must be a positive number")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "id": "A", "description": "d", "metric": "time", "threshold": 1, "unit": "s", "benchmarks": [] } ] }""", "slas[0].benchmarks must be a non-empty array")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "id": "A", "description": "d", "metric": "time", "threshold": 1, "unit": "s", "benchmarks": ["x"], "scale": { "parameter": "SizeMb" } } ] }""", "slas[0].scale must be")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "id": "A", "description": "d", "metric": "time", "threshold": 1, "unit": "s", "benchmarks": ["x"], "treshold": 2 } ] }""", "slas[0].treshold is not a known property")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "id": "A", "description": "d", "metric": "time", "threshold": 1, "unit": "s", "benchmarks": ["x"] }, { "id": "A", "description": "d", "metric": "time", "threshold": 1, "unit": "s", "benchmarks": ["y"] } ] }""", "slas[1].id 'A' is used twice")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "id": "A", "description": "d", "metric": "allocated", "threshold": 1, "unit": "MB", "benchmarks": ["x"], "normalized": true } ] }""", "slas[0].normalized applies to time SLAs only")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "id": "A", "description": "d", "metric": "time", "threshold": 1, "unit": "s", "benchmarks": ["x"], "normalized": "yes" } ] }""", "slas[0].normalized must be true or false")]
    [InlineData("""{ "schema_version": 1, "slas": [ { "description": "d", "metric": "time", "threshold": 1, "unit": "s", "benchmarks": ["y"] } ] }""", "slas[0].id must be a non-empty string")]
    [InlineData("{ nope", "not valid JSON")]
    public void Parse_invalid_registry_names_file_and_path(string json, string expected)
    {
        var e = Assert.Throws<GateInputException>(() => SlaRegistryLoader.Parse(json, "benchmarks/sla-registry.json"));
        Assert.Equal("benchmarks/sla-registry.json", e.File);
        Assert.Contains(expected, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_missing_file_is_input_error() =>
        Assert.Throws<GateInputException>(() => SlaRegistryLoader.Load("/nonexistent/sla-registry.json"));

    [Fact]
    public async Task Repository_registry_loads_and_satisfies_the_schema()
    {
        var path = Path.Combine(RepoRoot.Path, "benchmarks", "sla-registry.json");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoRoot.Path, "schemas", "sla-registry.schema.json"));

        Assert.Empty(schema.Validate(await File.ReadAllTextAsync(path)));
        Assert.NotEmpty(SlaRegistryLoader.Load(path).Slas);
    }

    [Fact]
    public async Task Schema_and_loader_agree_on_a_bad_unit()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoRoot.Path, "schemas", "sla-registry.schema.json"));
        var bad = Valid.Replace("\"unit\": \"s\"", "\"unit\": \"MB\"", StringComparison.Ordinal);

        Assert.NotEmpty(schema.Validate(bad));
        Assert.Empty(schema.Validate(Valid));
        Assert.Throws<GateInputException>(() => SlaRegistryLoader.Parse(bad, "x"));
    }
}
