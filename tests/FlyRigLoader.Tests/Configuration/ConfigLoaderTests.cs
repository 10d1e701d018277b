using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    [Fact]
    public void Load_file_example_a_reads_every_section()
    {
        var config = ConfigLoader.LoadFile(ConfigFixtures.PathOf("example_a.yaml"));

        Assert.Equal("1.0.0", config.Model.SchemaVersion);
        Assert.Equal(["plume_tracking", "odor_preference"], config.DatasetNames);
        Assert.Equal(["plume_navigation_analysis", "odor_analysis"], config.ExperimentNames);
        Assert.Equal("/path/to/fly_data", config.Project.MajorDataDirectory);
        Assert.False(config.Project.Directories.ContainsKey("backup_directory"));
        Assert.Equal(["._", "temp_", "debug_", "test_", "padded"], config.Project.IgnoreSubstrings);
        Assert.Empty(config.Project.MandatoryExperimentStrings);
        Assert.Equal("external_analysis_project", config.Project.Extra["name"]);
    }

    [Fact]
    public void Load_file_unquoted_date_keys_are_coerced_and_empty_dates_dropped()
    {
        var config = ConfigLoader.LoadFile(ConfigFixtures.PathOf("example_a.yaml"));
        var dataset = config.GetDatasetInfo("plume_tracking");

        Assert.Equal(["2023-05-01", "2023-05-02"], dataset.DatesVials.Keys);
        Assert.Equal([1, 2, 3, 4], dataset.DatesVials["2023-05-01"]);
        Assert.Equal([5, 6, 7, 8], dataset.DatesVials["2023-05-02"]);
    }

    [Fact]
    public void Load_yaml_parameters_resolve_like_py_yaml()
    {
        var config = ConfigLoader.LoadFile(ConfigFixtures.PathOf("example_a.yaml"));
        var parameters = config.GetExperimentParameters("plume_navigation_analysis");

        Assert.Equal(300L, parameters["analysis_window_seconds"]);
        Assert.Equal(0.25, parameters["smoothing"]);
        Assert.Equal(true, parameters["enabled"]);
        Assert.Equal("300", parameters["label"]);
        var tracking = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(parameters["tracking_parameters"]);
        Assert.Equal(10L, tracking["max_track_gap_frames"]);
        Assert.Equal(new object?[] { 100L, 100L, 400L, 300L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(parameters["roi_coordinates"]));
        Assert.Empty(config.GetExperimentParameters("odor_analysis"));
        Assert.Equal(0.5, config.GetDatasetParameters("odor_preference")["threshold"]);
    }

    [Fact]
    public void Load_file_invalid_config_reports_every_problem_with_position()
    {
        var path = ConfigFixtures.PathOf("invalid_many.yaml");

        var ex = Assert.Throws<ConfigValidationException>(() => ConfigLoader.LoadFile(path));

        Assert.Equal(ConfigErrorCodes.Invalid, ex.Code);
        var lines = ex.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith($"{path}:1:17 schema_version: unknown schema_version '9.9.9'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:5:7 project.extraction_patterns[0]: regex does not compile", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:8:10 datasets.plume.rig: must match ^[a-zA-Z0-9_-]+$", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:10:23 datasets.plume.dates_vials.2023-05-01[1]: vial must be an integer", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:12:5 datasets.nor_rig.rig: rig is required and must not be empty", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:15:23 experiments.exp1.datasets[1]: dataset name 'bad name' must match", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:17:29 experiments.exp1.metadata.extraction_patterns[0]: a parts[N]:: prefix", StringComparison.Ordinal));
        Assert.Equal(7, ex.Problems.Count);
        foreach (var line in lines)
        {
            Assert.Contains(line, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_file_malformed_yaml_gives_syntax_error_with_position()
    {
        var path = ConfigFixtures.PathOf("malformed.yaml");

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(path));

        Assert.Equal(ConfigErrorCodes.YamlSyntax, ex.Code);
        Assert.Matches(@"malformed\.yaml:\d+:\d+$", ex.Location);
        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
    }
}
