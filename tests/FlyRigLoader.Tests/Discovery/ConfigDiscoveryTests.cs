using FlyRigLoader.Configuration;
using FlyRigLoader.Discovery;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>§2.2: date folders from <c>dates_vials</c> under the base directory, with the config's merged filters.</summary>
public sealed class ConfigDiscoveryTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static ExperimentConfig Config(string? majorDataDirectory = null) => ConfigLoader.LoadYaml(
        $$"""
        project:
          directories: {major_data_directory: {{majorDataDirectory ?? "/nonexistent/frl"}}}
          ignore_substrings: ["._", temp_]
          extraction_patterns: ['filename::(?P<rig>rig\d+)_(?P<date>\d{8})']
        datasets:
          plume_tracking:
            rig: rig1
            dates_vials: {"2023-05-01": [1, 2], "2023-05-02": [3]}
            metadata: {extraction_patterns: ['filename::_fly(?P<fly>\d+)']}
          odor:
            rig: rig2
            dates_vials: {"2023-06-15": [1]}
          undated:
            rig: rig3
        experiments:
          plume_nav:
            datasets: [plume_tracking, odor]
            filters: {ignore_substrings: [failed_run], mandatory_experiment_strings: [plume, tracking]}
            metadata: {extraction_patterns: ['parent::(?P<day>\d{4}-\d{2}-\d{2})']}
          undated_exp:
            datasets: [undated]
        """,
        "test.yaml");

    [Fact]
    public void Experiment_searches_only_listed_date_folders_with_merged_filters()
    {
        _tree.Files(
            "2023-05-01/plume_rig1_20230501_fly1.pkl",
            "2023-05-01/sub/tracking_b.pkl",
            "2023-05-01/plume_failed_run.pkl",
            "2023-05-01/temp_plume.pkl",
            "2023-05-01/._plume.pkl",
            "2023-05-01/other.pkl",
            "2023-06-15/plume_odor.pkl",
            "2023-05-03/plume_unlisted.pkl",
            "plume_at_base.pkl");

        var result = ConfigDiscovery.DiscoverExperimentFiles(Config(), "plume_nav", _tree.Root);

        string[] expected = [_tree["2023-05-01/plume_rig1_20230501_fly1.pkl"], _tree["2023-05-01/sub/tracking_b.pkl"], _tree["2023-06-15/plume_odor.pkl"]];
        Assert.Equal(expected, result.Paths);
        Assert.Empty(result.Warnings);
        Assert.All(result.Files, f => Assert.Empty(f.Metadata));
    }

    [Fact]
    public void Experiment_extract_metadata_uses_project_and_experiment_patterns_not_dataset_ones()
    {
        _tree.Files("2023-05-01/plume_rig1_20230501_fly1.pkl");

        var result = ConfigDiscovery.DiscoverExperimentFiles(
            Config(), "plume_nav", _tree.Root, new DiscoveryOptions { ExtractMetadata = true, ParseDates = true, Extensions = ["pkl"] });

        var file = Assert.Single(result.Files);
        Assert.Equal("rig1", file.Metadata["rig"]);
        Assert.Equal("2023-05-01", file.Metadata["day"]);
        Assert.False(file.Metadata.ContainsKey("fly"));
        Assert.Equal(new DateTime(2023, 5, 1), file.ParsedDate);
    }

    [Fact]
    public void Experiment_no_date_folder_falls_back_to_base_with_warning()
    {
        _tree.Files("plume_a.pkl");

        var result = ConfigDiscovery.DiscoverExperimentFiles(Config(), "plume_nav", _tree.Root);

        Assert.Equal([_tree["plume_a.pkl"]], result.Paths);
        Assert.Equal(DiscoveryErrorCodes.NoDateFolders, Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Experiment_missing_base_throws()
    {
        var missing = _tree["nope"];

        var ex = Assert.Throws<DiscoveryException>(() => ConfigDiscovery.DiscoverExperimentFiles(Config(), "plume_nav", missing));

        Assert.Equal(DiscoveryErrorCodes.DirectoryNotFound, ex.Code);
        Assert.Equal(missing, ex.Location);
    }

    [Fact]
    public void Experiment_unknown_throws_config_error()
    {
        Assert.Throws<ConfigException>(() => ConfigDiscovery.DiscoverExperimentFiles(Config(), "nope", _tree.Root));
    }

    [Fact]
    public void Experiment_base_from_config_when_no_argument()
    {
        _tree.Files("2023-06-15/plume.pkl");

        var result = ConfigDiscovery.DiscoverExperimentFiles(Config(_tree.Root), "plume_nav", baseDirectory: null);

        Assert.Equal([_tree["2023-06-15/plume.pkl"]], result.Paths);
    }

    [Fact]
    public void Dataset_uses_project_filters_only_and_dataset_patterns()
    {
        _tree.Files("2023-05-01/x_rig1_20230501_fly4.pkl", "2023-05-02/temp_x.pkl", "2023-06-15/odor.pkl");

        var result = ConfigDiscovery.DiscoverDatasetFiles(Config(), "plume_tracking", _tree.Root, new DiscoveryOptions { ExtractMetadata = true });

        var file = Assert.Single(result.Files);
        Assert.Equal(_tree["2023-05-01/x_rig1_20230501_fly4.pkl"], file.Path);
        Assert.Equal("4", file.Metadata["fly"]);
        Assert.Equal("rig1", file.Metadata["rig"]);
    }

    [Fact]
    public void Dataset_dates_listed_but_no_folder_returns_empty_with_warning()
    {
        _tree.Files("at_base.pkl");

        var result = ConfigDiscovery.DiscoverDatasetFiles(Config(), "plume_tracking", _tree.Root);

        Assert.Empty(result.Files);
        Assert.Equal(DiscoveryErrorCodes.NoDateFolders, Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Dataset_without_dates_searches_base()
    {
        _tree.Files("a.pkl", "deep/b.csv");

        var result = ConfigDiscovery.DiscoverDatasetFiles(Config(), "undated", _tree.Root, new DiscoveryOptions { Pattern = "*" });

        Assert.Equal([_tree["a.pkl"], _tree["deep/b.csv"]], result.Paths);
    }

    [Fact]
    public void Dataset_missing_base_throws()
    {
        var ex = Assert.Throws<DiscoveryException>(() => ConfigDiscovery.DiscoverDatasetFiles(Config(), "undated", _tree["nope"]));
        Assert.Equal(DiscoveryErrorCodes.DirectoryNotFound, ex.Code);
    }

    [Theory]
    [InlineData("2023-05-01", true)]
    [InlineData("2023_05_01", true)]
    [InlineData("05/01/2023", true)]
    [InlineData("20230501", true)]
    [InlineData("2023-05-01 10:11:12", true)]
    [InlineData("../etc", false)]
    [InlineData("2023-13-01", false)]
    [InlineData("yesterday", false)]
    public void Date_folder_name_accepts_the_spec_formats_only(string key, bool valid)
    {
        Assert.Equal(valid, DateFolderName.IsValid(key));
    }
}
