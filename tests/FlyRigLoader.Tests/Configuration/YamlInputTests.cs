using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Configuration;

public sealed class YamlInputTests
{
    [Theory]
    [InlineData("2023-05-01", "2023-05-01")]
    [InlineData("2023-5-1 10:20:30", "2023-05-01")]
    [InlineData("2023-05-01T10:20:30Z", "2023-05-01")]
    [InlineData("\"2023-5-1\"", "2023-5-1")]
    [InlineData("20230501", "20230501")]
    [InlineData("'05/01/2023'", "05/01/2023")]
    public void Dates_vials_keys_become_strings_unquoted_dates_as_yyyy_mm_dd(string key, string expected)
    {
        var config = ConfigLoader.LoadYaml($"datasets:\n  d: {{rig: r, dates_vials: {{{key}: [1]}}}}\n", "d.yaml");

        Assert.Equal([expected], config.GetDatasetInfo("d").DatesVials.Keys);
    }

    [Fact]
    public void Dates_vials_impossible_date_is_a_problem_at_the_key()
    {
        var ex = Assert.Throws<ConfigValidationException>(() => ConfigLoader.LoadYaml("datasets:\n  d:\n    rig: r\n    dates_vials:\n      2023-02-30: [1]\n", "d.yaml"));

        Assert.Equal("d.yaml:5:7 datasets.d.dates_vials.2023-02-30: '2023-02-30' is not a valid calendar date (hint: use yyyy-MM-dd)", Assert.Single(ex.Problems).ToString());
    }

    [Theory]
    [InlineData("[1, '2', \"3\"]", new[] { 1, 2, 3 })]
    [InlineData("[]", new int[0])]
    [InlineData("null", new int[0])]
    public void DatesVials_VialsAreIntsOrDigitStrings(string vials, int[] expected)
    {
        var config = ConfigLoader.LoadYaml($"datasets:\n  d: {{rig: r, dates_vials: {{'2023-01-01': {vials}}}}}\n", "d.yaml");

        var dates = config.GetDatasetInfo("d").DatesVials;
        if (expected.Length == 0)
        {
            Assert.Empty(dates);
        }
        else
        {
            Assert.Equal(expected, dates["2023-01-01"]);
        }
    }

    [Theory]
    [InlineData("[1.5]")]
    [InlineData("[true]")]
    [InlineData("['x1']")]
    [InlineData("[[1]]")]
    [InlineData("3")]
    public void DatesVials_NonIntegerVials_AreProblems(string vials) =>
        Assert.Single(Assert.Throws<ConfigValidationException>(
            () => ConfigLoader.LoadYaml($"datasets:\n  d: {{rig: r, dates_vials: {{'2023-01-01': {vials}}}}}\n", "d.yaml")).Problems);

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("1_000", 1000L)]
    [InlineData("0x1F", 31L)]
    [InlineData("1.5", 1.5)]
    [InlineData("-.5", -0.5)]
    [InlineData("1.0e+3", 1000.0)]
    [InlineData("1e3", "1e3")]
    [InlineData(".inf", double.PositiveInfinity)]
    [InlineData("yes", true)]
    [InlineData("Off", false)]
    [InlineData("~", null)]
    [InlineData("", null)]
    [InlineData("'42'", "42")]
    [InlineData("!!str 42", "42")]
    [InlineData("\"yes\"", "yes")]
    [InlineData("2023-05-01", "2023-05-01")]
    [InlineData("plain text", "plain text")]
    public void Parameters_resolve_like_python_safe_load(string yaml, object? expected)
    {
        var config = ConfigLoader.LoadYaml($"experiments:\n  e:\n    parameters:\n      p: {yaml}\n", "p.yaml");

        Assert.Equal(expected, config.GetExperimentParameters("e")["p"]);
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_are_resolved()
    {
        var config = ConfigLoader.LoadYaml(
            """
            defaults: &base {rig: rig1, dates_vials: {'2023-01-01': [1]}}
            datasets:
              a: *base
              b:
                <<: *base
                rig: rig2
            """,
            "a.yaml");

        Assert.Equal("rig1", config.GetDatasetInfo("a").Rig);
        Assert.Equal("rig2", config.GetDatasetInfo("b").Rig);
        Assert.Equal([1], config.GetDatasetInfo("b").DatesVials["2023-01-01"]);
    }

    [Fact]
    public void Duplicate_keys_are_problems_at_the_second_key()
    {
        var ex = Assert.Throws<ConfigValidationException>(() => ConfigLoader.LoadYaml("datasets:\n  d: {rig: r}\n  d: {rig: s}\n", "dup.yaml"));

        Assert.Equal("dup.yaml:3:3 d: duplicate key 'd' (hint: each key may appear once per mapping; merge the two entries)", Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Second_document_is_a_problem() =>
        Assert.Contains(
            "more than one YAML document",
            Assert.Single(Assert.Throws<ConfigValidationException>(() => ConfigLoader.LoadYaml("datasets: {}\n---\nx: 1\n", "two.yaml")).Problems).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("- a\n- b\n", "the config must be a mapping of sections")]
    [InlineData("project: [1]\n", "project: must be a mapping, found a list")]
    [InlineData("project: {ignore_substrings: temp}\n", "must be a list of strings, found the scalar 'temp' (hint: write [temp])")]
    [InlineData("project: {ignore_substrings: [[a]]}\n", "project.ignore_substrings[0]: must be a string, found a list")]
    [InlineData("project: {directories: {major_data_directory: [a]}}\n", "project.directories.major_data_directory: must be a string")]
    [InlineData("datasets: [a]\n", "datasets: must be a mapping of dataset name: settings")]
    [InlineData("datasets: {d: {rig: [r]}}\n", "datasets.d.rig: must be a string")]
    [InlineData("datasets: {d: {rig: r, dates_vials: [1]}}\n", "datasets.d.dates_vials: must be a mapping of date: [vials]")]
    [InlineData("datasets: {d: {rig: r, metadata: {extraction_patterns: [null]}}}\n", "datasets.d.metadata.extraction_patterns[0]: must be a regex string")]
    [InlineData("datasets: {d: {rig: ''}}\n", "datasets.d.rig: rig is required and must not be empty")]
    [InlineData("datasets: {d: }\n", "datasets.d.rig: rig is required")]
    [InlineData("experiments: {e: {parameters: [1]}}\n", "experiments.e.parameters: must be a mapping of name: value")]
    [InlineData("experiments: {e: {parameters: {' ': 1}}}\n", "experiments.e.parameters. : parameter names must not be blank")]
    [InlineData("experiments: {e: {filters: [a]}}\n", "experiments.e.filters: must be a mapping")]
    [InlineData("rigs: {r: 5}\n", "rigs.r: must be a mapping of rig settings")]
    [InlineData("schema_version: [1]\n", "schema_version: must be a string")]
    [InlineData("folder_parsing: {extract_patterns: '(?P<x'}\n", "folder_parsing.extract_patterns[0]: regex does not compile")]
    public void StructuralProblems_NameThePathAndWhatIsWrong(string yaml, string expected)
    {
        var ex = Assert.Throws<ConfigValidationException>(() => ConfigLoader.LoadYaml(yaml, "s.yaml"));

        Assert.Contains(ex.Problems, p => p.ToString().Contains(expected, StringComparison.Ordinal) && p.Line is not null);
    }

    [Fact]
    public void Folder_parsing_accepts_list_mapping_or_string()
    {
        Assert.Equal(["a", "b"], ConfigLoader.LoadYaml("folder_parsing: {extract_patterns: [a, b]}", "f").Model.FolderParsingPatterns);
        Assert.Equal(["a", "b"], ConfigLoader.LoadYaml("folder_parsing: {extract_patterns: {x: a, y: b}}", "f").Model.FolderParsingPatterns);
        Assert.Equal(["a"], ConfigLoader.LoadYaml("folder_parsing: {extract_patterns: a}", "f").Model.FolderParsingPatterns);
    }

    [Fact]
    public void Project_defaults_apply_only_when_the_key_is_absent()
    {
        var absent = ConfigLoader.LoadYaml("project: {}", "p").Project;
        var empty = ConfigLoader.LoadYaml("project: {ignore_substrings: [], extraction_patterns: null, mandatory_experiment_strings: []}", "p").Project;

        Assert.Equal(ProjectSettings.DefaultIgnoreSubstrings, absent.IgnoreSubstrings);
        Assert.Equal(ProjectSettings.DefaultExtractionPatterns, absent.ExtractionPatterns);
        Assert.Empty(absent.MandatoryExperimentStrings);
        Assert.Empty(empty.IgnoreSubstrings);
        Assert.Empty(empty.ExtractionPatterns);
    }

    [Fact]
    public void Extra_keys_are_kept_as_plain_values()
    {
        var config = ConfigLoader.LoadFile(ConfigFixtures.PathOf("example_b.yaml"));

        Assert.Equal(60L, config.Model.Rigs["old_opto"]["sampling_frequency"]);
        var dataset = config.GetDatasetInfo("baseline_behavior");
        Assert.Equal(new object?[] { "*baseline*", "*control*" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(dataset.Extra["patterns"]));
        Assert.Equal("baseline", dataset.Metadata["experiment_type"]);
    }

    [Theory]
    [InlineData("project: {a: [1, 2\n", 2, 1)]
    [InlineData("project:\n  a: 'unterminated\n", 2, 6)]
    [InlineData("a: b: c\n", 1, 5)]
    [InlineData("project:\n\t- tab\n", 1, 1)]
    public void Malformed_yaml_is_a_syntax_error_with_position(string yaml, int line, int column)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.LoadYaml(yaml, "bad.yaml"));

        Assert.Equal(ConfigErrorCodes.YamlSyntax, ex.Code);
        Assert.Equal($"bad.yaml:{line}:{column}", ex.Location);
        Assert.StartsWith($"bad.yaml:{line}:{column}: malformed YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_file_missing_file_is_file_not_found()
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(ConfigFixtures.PathOf("no_such.yaml")));

        Assert.Equal(ConfigErrorCodes.FileNotFound, ex.Code);
        Assert.Equal(ConfigFixtures.PathOf("no_such.yaml"), ex.Location);
    }

    [Theory]
    [InlineData("https://example.org/config.yaml")]
    [InlineData("file:///etc/config.yaml")]
    public void Load_file_url_is_rejected(string url) =>
        Assert.Equal(ConfigErrorCodes.PathRejected, Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(url)).Code);
}
