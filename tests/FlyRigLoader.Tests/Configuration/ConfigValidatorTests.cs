using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

public sealed class ConfigValidatorTests
{
    [Fact]
    public void Validate_model_reports_every_problem_without_positions()
    {
        var model = new ProjectConfigModel
        {
            SchemaVersion = "2.0.0",
            Project = new ProjectSettings { ExtractionPatterns = ["(?P<x"] },
            Datasets = [new DatasetInfo("d", "bad rig"), new DatasetInfo("d", "r"), new DatasetInfo(" ", "r")],
            Experiments =
            [
                new ExperimentInfo("e") { Datasets = ["d", "no/slash"], Parameters = new Dictionary<string, object?> { [""] = 1L } },
                new ExperimentInfo("e"),
            ],
        };

        var problems = ConfigValidator.Validate(model);

        Assert.All(problems, p => Assert.Null(p.Line));
        string[] expected =
        [
            "<model> schema_version: unknown schema_version '2.0.0'",
            "<model> project.extraction_patterns[0]: regex does not compile",
            "<model> datasets.d.rig: must match ^[a-zA-Z0-9_-]+$",
            "<model> datasets.d: dataset 'd' is defined twice",
            "<model> datasets. : dataset names must not be blank",
            "<model> experiments.e.datasets[1]: dataset name 'no/slash' must match",
            "<model> experiments.e.parameters.: parameter names must not be blank",
            "<model> experiments.e: experiment 'e' is defined twice",
        ];
        Assert.Equal(expected.Length, problems.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.StartsWith(expected[i], problems[i].ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void From_model_invalid_model_throws_valid_model_loads()
    {
        var ex = Assert.Throws<ConfigValidationException>(() => ConfigLoader.FromModel(new ProjectConfigModel { Datasets = [new DatasetInfo("d", "")] }));
        var config = ConfigLoader.FromModel(new ProjectConfigModel { Datasets = [new DatasetInfo("d", "rig1")] });

        Assert.Equal("CONFIG_INVALID", ex.Code);
        Assert.Equal("<model>", ex.Location);
        Assert.Equal(["d"], config.DatasetNames);
    }

    [Fact]
    public void Validate_yaml_valid_config_has_no_problems() =>
        Assert.Empty(ConfigValidator.ValidateFile(ConfigFixtures.PathOf("example_b.yaml")));

    [Fact]
    public void Validate_yaml_malformed_is_one_positioned_problem()
    {
        var problem = Assert.Single(ConfigValidator.ValidateFile(ConfigFixtures.PathOf("malformed.yaml")));

        Assert.NotNull(problem.Line);
        Assert.NotNull(problem.Column);
        Assert.Contains("malformed YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_yaml_problems_are_in_document_order()
    {
        var problems = ConfigValidator.ValidateYaml("experiments: {e: {datasets: ['x y']}}\ndatasets: {d: {rig: 'a b'}}\nschema_version: '0'\n", "o.yaml");

        Assert.Equal([1, 2, 3], problems.Select(p => p.Line ?? 0));
    }

    [Fact]
    public void Validation_message_lists_every_problem_on_its_own_line()
    {
        var ex = Assert.Throws<ConfigValidationException>(() => ConfigLoader.LoadYaml("datasets: {a: {rig: 'x y'}, b: {rig: ''}}\n", "m.yaml"));

        Assert.StartsWith("m.yaml: invalid config, 2 problems:", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"{Environment.NewLine}  m.yaml:1:21 datasets.a.rig: must match", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"{Environment.NewLine}  m.yaml:1:38 datasets.b.rig: rig is required", ex.Message, StringComparison.Ordinal);
    }
}
