using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Configuration;

public sealed class ExperimentConfigTests
{
    private static readonly ExperimentConfig ExampleB = ConfigLoader.LoadFile(ConfigFixtures.PathOf("example_b.yaml"));

    [Fact]
    public void Get_merged_filters_concatenates_project_then_experiment_ignore_globs()
    {
        var filters = ExampleB.GetMergedFilters("baseline_analysis");

        Assert.Equal(
            ["*static_horiz_ribbon*", "*._*", ".DS_Store*", "*__pycache__*", ".tmp*", "*backup_*", "*test_calibration*", "*.bak", "*smoke_test*"],
            filters.IgnoreGlobs);
        Assert.Equal(["baseline"], filters.MandatorySubstrings);
    }

    [Fact]
    public void Get_merged_filters_orders_patterns_folder_project_experiment_then_dataset()
    {
        var withoutDataset = ExampleB.GetMergedFilters("baseline_analysis").ExtractionPatterns.Select(p => p.Source).ToList();
        var withDataset = ExampleB.GetMergedFilters("baseline_analysis", "baseline_behavior").ExtractionPatterns.Select(p => p.Source).ToList();

        Assert.Equal(
            [
                @"parent::(?P<date>\d{4}-\d{2}-\d{2})",
                @".*_(?P<date>\d{8})_(?P<condition>\w+)_(?P<replicate>\d+)\.csv",
                @"(?P<rig>\w+)_(?P<date>\d{8})_(?P<animal_id>\w+)_(?P<trial>\d+)",
                @"filename::(?P<session>s\d+)",
            ],
            withoutDataset);
        // The dataset repeats a project pattern (kept at its first position) and adds one of its own, applied last.
        Assert.Equal([.. withoutDataset, @".*_(?P<dataset>\w+)_(?P<date>\d{8})_(?P<vial>\d+)\.csv"], withDataset);
    }

    [Fact]
    public void Get_merged_filters_is_cached_per_experiment() =>
        Assert.Same(ExampleB.GetMergedFilters("baseline_analysis"), ExampleB.GetMergedFilters("baseline_analysis"));

    [Fact]
    public void Get_dataset_filters_uses_project_filters_and_dataset_patterns()
    {
        var filters = ExampleB.GetDatasetFilters("baseline_behavior");

        Assert.DoesNotContain("*smoke_test*", filters.IgnoreGlobs);
        Assert.Empty(filters.MandatorySubstrings);
        Assert.Equal(4, filters.ExtractionPatterns.Count);
        Assert.Equal(PatternTarget.Parent, filters.ExtractionPatterns[0].Target);
    }

    [Fact]
    public void Get_experiment_info_unknown_name_lists_available_names()
    {
        var ex = Assert.Throws<ConfigException>(() => ExampleB.GetExperimentInfo("nope"));

        Assert.Equal(ConfigErrorCodes.UnknownExperiment, ex.Code);
        Assert.Contains("experiment 'nope' not found; available experiments: baseline_analysis", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ConfigFixtures.PathOf("example_b.yaml"), ex.Location);
    }

    [Fact]
    public void Get_dataset_info_unknown_name_lists_available_names()
    {
        var config = ConfigLoader.LoadFile(ConfigFixtures.PathOf("example_a.yaml"));

        var ex = Assert.Throws<ConfigException>(() => config.GetDatasetParameters("missing"));

        Assert.Equal(ConfigErrorCodes.UnknownDataset, ex.Code);
        Assert.Contains("available datasets: plume_tracking, odor_preference", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_merged_filters_unknown_dataset_throws() =>
        Assert.Equal(
            ConfigErrorCodes.UnknownDataset,
            Assert.Throws<ConfigException>(() => ExampleB.GetMergedFilters("baseline_analysis", "other")).Code);

    [Fact]
    public void Lookups_on_empty_config_say_nothing_is_defined()
    {
        var config = ConfigLoader.LoadYaml(string.Empty, "empty.yaml");

        Assert.Empty(config.DatasetNames);
        Assert.Contains("the config defines no experiments", Assert.Throws<ConfigException>(() => config.GetExperimentInfo("x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_base_directory_argument_beats_config_beats_environment()
    {
        var environment = new Dictionary<string, string?> { [ExperimentConfig.DataDirectoryVariable] = "/env" };
        var withoutDirectory = ConfigLoader.LoadYaml("project: {directories: {output_directory: /out}}", "c.yaml");

        Assert.Equal("/arg", ExampleB.ResolveBaseDirectory("/arg", environment));
        Assert.Equal("/research/data/neuroscience", ExampleB.ResolveBaseDirectory(null, environment));
        Assert.Equal("/research/data/neuroscience", ExampleB.ResolveBaseDirectory("  ", environment));
        Assert.Equal("/env", withoutDirectory.ResolveBaseDirectory(null, environment));
    }

    [Fact]
    public void Resolve_base_directory_nothing_set_throws_with_hint()
    {
        var config = ConfigLoader.LoadYaml("project: {directories: {major_data_directory: null}}", "c.yaml");

        var ex = Assert.Throws<ConfigException>(() => config.ResolveBaseDirectory(null, new Dictionary<string, string?> { [ExperimentConfig.DataDirectoryVariable] = "" }));

        Assert.Equal(ConfigErrorCodes.NoBaseDirectory, ex.Code);
        Assert.Contains(ExperimentConfig.DataDirectoryVariable, ex.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_base_directory_reads_the_process_environment()
    {
        var config = ConfigLoader.LoadYaml("datasets: {}", "c.yaml");
        var before = Environment.GetEnvironmentVariable(ExperimentConfig.DataDirectoryVariable);
        try
        {
            Environment.SetEnvironmentVariable(ExperimentConfig.DataDirectoryVariable, "/from/env");
            Assert.Equal("/from/env", config.ResolveBaseDirectory());
        }
        finally
        {
            Environment.SetEnvironmentVariable(ExperimentConfig.DataDirectoryVariable, before);
        }
    }

    [Fact]
    public void Warnings_flag_undefined_datasets_and_odd_dates()
    {
        var config = ConfigLoader.LoadYaml(
            """
            datasets:
              d1: {rig: r1, dates_vials: {"May 1st": [1]}}
            experiments:
              e1: {datasets: [d1, ghost]}
            """,
            "w.yaml");

        Assert.Collection(
            config.Warnings,
            w => Assert.Equal("w.yaml:2:31 datasets.d1.dates_vials.May 1st: 'May 1st' is not a recognised date (hint: date folders are usually named yyyy-MM-dd)", w.ToString()),
            w => Assert.Equal("w.yaml:4:23 experiments.e1.datasets[1]: dataset 'ghost' is not defined under datasets: (hint: add it under datasets: or remove it from the experiment)", w.ToString()));
    }
}
