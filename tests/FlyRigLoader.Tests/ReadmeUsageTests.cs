using FlyRigLoader.Configuration;
using FlyRigLoader.Discovery;
using FlyRigLoader.Loading;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Tests;

/// <summary>The README's usage example, run as written against a real Python fixture, so the manual cannot drift from the API.</summary>
public sealed class ReadmeUsageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("flyrig-readme-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Readme_example_loads_config_discovers_loads_and_transforms()
    {
        // Arrange: <base>/<date>/ holds a recording (the Python fixture plus the smoothed columns the default column
        // config requires, written the way Python writes it) and an ignorable temp file.
        var day = Directory.CreateDirectory(Path.Combine(_root, "2023-05-01")).FullName;
        var recording = new Dictionary<string, object?>(PickleLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pickles", "exp_matrix_p4.pkl")).AsExperimentMatrix());
        var rows = ((NdArray)recording["t"]!).Length;
        foreach (var column in ColumnConfig.Default.Columns.Where(c => c.Required && !recording.ContainsKey(c.Name) && (c.Alias is null || !recording.ContainsKey(c.Alias))))
        {
            recording[column.Name] = new NdArray(DType.Float64, [rows], new double[rows]);
        }

        PickleWriter.WriteFile(Path.Combine(day, "plume_fly1_20230501.pkl"), recording, PickleWriteOptions.Default);
        File.WriteAllText(Path.Combine(day, "temp_plume_fly2_20230501.pkl"), "not a pickle");
        File.WriteAllText(Path.Combine(_root, "experiment.yaml"), $"""
            schema_version: "1.0.0"
            project:
              name: readme
              directories: {"{"}major_data_directory: "{_root}"{"}"}
              ignore_substrings: [temp]
              extraction_patterns: ['(?P<fly>fly\d+)_(?P<date>\d{"{8}"})']
            datasets:
              plume:
                rig: rig1
                dates_vials: {"{"}2023-05-01: [1]{"}"}
            experiments:
              plume_navigation:
                datasets: [plume]
            """);
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_root);
        try
        {
            // Act: the README snippet, verbatim.
            var config = ConfigLoader.LoadFile("experiment.yaml");
            var found = ConfigDiscovery.DiscoverExperimentFiles(config, "plume_navigation", baseDirectory: null,
                new DiscoveryOptions { Extensions = ["pkl", "pkl.gz"], ExtractMetadata = true, ParseDates = true });
            var file = found.Files[0];
            var matrix = PickleLoader.Load(file.Path).AsExperimentMatrix();
            var table = DataFrameBuilder.Build(matrix, ColumnConfig.Default,
                new TransformOptions { Metadata = file.Metadata.ToDictionary(m => m.Key, m => (string?)m.Value), FilePath = file.Path });

            // Assert
            Assert.Single(found.Files);
            Assert.Equal("fly1", file.Metadata["fly"]);
            Assert.Equal(500, table.Length);
            Assert.Equal(DataFrameBuilder.FilePathColumn, table.Schema.FieldsList[^1].Name);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }
}
