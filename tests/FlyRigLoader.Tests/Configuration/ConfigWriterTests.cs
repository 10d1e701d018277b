using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

public sealed class ConfigWriterTests
{
    [Fact]
    public void To_yaml_round_trips_a_model_built_in_code()
    {
        var model = new ProjectConfigModel
        {
            SchemaVersion = "1.0.0",
            Project = new ProjectSettings
            {
                Directories = new Dictionary<string, string> { ["major_data_directory"] = "/data" },
                IgnoreSubstrings = ["._", "temp"],
                MandatoryExperimentStrings = ["trial"],
                ExtractionPatterns = [@"(?P<date>\d{8})"],
                Extra = new Dictionary<string, object?> { ["name"] = "demo" },
            },
            Datasets =
            [
                new DatasetInfo("plume", "rig1")
                {
                    DatesVials = new Dictionary<string, IReadOnlyList<int>> { ["2023-05-01"] = [1, 2], ["2023-05-02"] = [3] },
                    ExtractionPatterns = [@"parts[-2]::(?P<day>\d{4}-\d{2}-\d{2})"],
                    Metadata = new Dictionary<string, object?> { ["kind"] = "plume" },
                },
            ],
            Experiments =
            [
                new ExperimentInfo("exp")
                {
                    Datasets = ["plume"],
                    Parameters = new Dictionary<string, object?>
                    {
                        ["window"] = 300L, ["rate"] = 0.5, ["flag"] = true, ["label"] = "yes", ["none"] = null,
                        ["roi"] = new List<object?> { 1L, 2L }, ["nested"] = new Dictionary<string, object?> { ["x"] = 1e-20 },
                    },
                    IgnoreSubstrings = ["failed"],
                    MandatoryExperimentStrings = ["plume"],
                },
            ],
            FolderParsingPatterns = [@"parent::(?P<date>\d{4}-\d{2}-\d{2})"],
        };

        var config = ConfigLoader.LoadYaml(ConfigWriter.ToYaml(model), "written.yaml");

        Assert.Equal("1.0.0", config.Model.SchemaVersion);
        Assert.Equal("/data", config.Project.MajorDataDirectory);
        Assert.Equal(model.Project.IgnoreSubstrings, config.Project.IgnoreSubstrings);
        Assert.Equal(model.Project.MandatoryExperimentStrings, config.Project.MandatoryExperimentStrings);
        Assert.Equal(model.Project.ExtractionPatterns, config.Project.ExtractionPatterns);
        Assert.Equal("demo", config.Project.Extra["name"]);
        var dataset = config.GetDatasetInfo("plume");
        Assert.Equal("rig1", dataset.Rig);
        Assert.Equal(["2023-05-01", "2023-05-02"], dataset.DatesVials.Keys);
        Assert.Equal([3], dataset.DatesVials["2023-05-02"]);
        Assert.Equal(model.Datasets[0].ExtractionPatterns, dataset.ExtractionPatterns);
        Assert.Equal("plume", dataset.Metadata["kind"]);
        var parameters = config.GetExperimentParameters("exp");
        Assert.Equal(300L, parameters["window"]);
        Assert.Equal(0.5, parameters["rate"]);
        Assert.Equal(true, parameters["flag"]);
        Assert.Equal("yes", parameters["label"]);
        Assert.Null(parameters["none"]);
        Assert.Equal(new object?[] { 1L, 2L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(parameters["roi"]));
        Assert.Equal(1e-20, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(parameters["nested"])["x"]);
        Assert.Equal(["failed"], config.GetExperimentInfo("exp").IgnoreSubstrings);
        Assert.Equal(model.FolderParsingPatterns, config.Model.FolderParsingPatterns);
    }
}
