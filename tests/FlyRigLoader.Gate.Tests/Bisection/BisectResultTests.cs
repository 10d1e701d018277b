using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.TestKit;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace FlyRigLoader.Gate.Tests.Bisection;

/// <summary>The result file keeps to <c>schemas/bisect-result.schema.json</c>, and the schema refuses what it should.</summary>
public sealed class BisectResultTests
{
    private static async Task<JsonSchema> Schema() =>
        await JsonSchema.FromFileAsync(Path.Combine(RepoRoot.Path, "schemas", "bisect-result.schema.json"));

    [Fact]
    public async Task A_culprit_result_satisfies_the_schema_in_snake_case()
    {
        var json = ReportJson.Serialize(BisectSamples.Result());

        Assert.Empty((await Schema()).Validate(json));
        var parsed = JObject.Parse(json);
        Assert.Equal(new string('d', 40), (string?)parsed["culprit"]!["commit"]!["sha"]);
        Assert.Equal(1.29, (double)parsed["culprit"]!["benchmarks"]![0]!["ratio"]!);
        Assert.Null(parsed["good"]!["short"]);
    }

    [Fact]
    public async Task An_error_result_without_a_culprit_or_steps_satisfies_the_schema()
    {
        var json = ReportJson.Serialize(BisectSamples.Result() with { Outcome = "ERROR", ExitCode = 2, Culprit = null, Candidates = [], Steps = [] });

        Assert.Empty((await Schema()).Validate(json));
    }

    [Theory]
    [InlineData("outcome", "\"FOUND\"")]
    [InlineData("exit_code", "4")]
    [InlineData("run_id", "\"latest\"")]
    public async Task The_schema_refuses_an_unknown_outcome_exit_code_or_run_id(string key, string value)
    {
        var json = JObject.Parse(ReportJson.Serialize(BisectSamples.Result()));
        json[key] = JToken.Parse(value);

        Assert.NotEmpty((await Schema()).Validate(json.ToString()));
    }

    [Fact]
    public async Task The_schema_refuses_a_step_without_its_verdicts_and_a_short_sha()
    {
        var json = JObject.Parse(ReportJson.Serialize(BisectSamples.Result()));
        ((JObject)json["steps"]![0]!).Remove("benchmarks");
        json["good"]!["sha"] = "abc123";

        var errors = (await Schema()).Validate(json.ToString());

        Assert.Equal(2, errors.Count);
    }
}
