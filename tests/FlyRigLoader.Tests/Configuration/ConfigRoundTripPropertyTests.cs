using CsCheck;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

public sealed class ConfigRoundTripPropertyTests
{
    private static readonly Gen<string> Name = Gen.String[Gen.Char["abz09_-"], 1, 8];
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab .:#'\"\\-*?~[]{}"], 0, 6];
    private static readonly Gen<string> Pattern = Gen.OneOfConst(@"(?P<date>\d{8})", @"filename::(?P<s>s\d+)", @"parts[-2]::(?P<d>[\w-]+)", @"(?P<rig>rig\d+)");
    private static readonly Gen<string> Date = Gen.Select(Gen.Int[2000, 2030], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => $"{y:D4}-{m:D2}-{d:D2}");

    private static readonly Gen<DatasetInfo> Dataset =
        Gen.Select(Name, Name, Gen.Dictionary(Date, Gen.Int[0, 99].Array[1, 5])[0, 4], Pattern.Array[0, 2])
            .Select((name, rig, dates, patterns) => new DatasetInfo(name, rig)
            {
                DatesVials = dates.ToDictionary(d => d.Key, d => (IReadOnlyList<int>)d.Value),
                ExtractionPatterns = patterns,
            });

    private static readonly Gen<ProjectConfigModel> Model =
        Gen.Select(Dataset.Array[0, 4], Name.Array[0, 3], Text.Array[0, 3], Pattern.Array[0, 3], Gen.Long, Gen.Double)
            .Select((datasets, experimentDatasets, ignore, patterns, number, real) => new ProjectConfigModel
            {
                Project = new ProjectSettings
                {
                    IgnoreSubstrings = FilterMerge.Clean(ignore),
                    ExtractionPatterns = patterns,
                    Directories = new Dictionary<string, string> { ["major_data_directory"] = "/data" },
                },
                Datasets = [.. datasets.DistinctBy(d => d.Name)],
                Experiments =
                [
                    new ExperimentInfo("exp")
                    {
                        Datasets = experimentDatasets,
                        Parameters = new Dictionary<string, object?> { ["n"] = number, ["x"] = real, ["s"] = ignore.FirstOrDefault() ?? string.Empty },
                    },
                ],
            });

    [Fact]
    public void Written_yaml_loads_back_to_the_same_model() =>
        Model.Sample(model =>
        {
            var loaded = ConfigLoader.LoadYaml(ConfigWriter.ToYaml(model), "round-trip.yaml");

            Assert.Equal(model.Project.IgnoreSubstrings, loaded.Project.IgnoreSubstrings);
            Assert.Equal(model.Project.ExtractionPatterns, loaded.Project.ExtractionPatterns);
            Assert.Equal(model.Datasets.Select(d => d.Name), loaded.DatasetNames);
            foreach (var dataset in model.Datasets)
            {
                var back = loaded.GetDatasetInfo(dataset.Name);
                Assert.Equal(dataset.Rig, back.Rig);
                Assert.Equal(dataset.DatesVials.Keys, back.DatesVials.Keys);
                Assert.All(dataset.DatesVials, d => Assert.Equal(d.Value, back.DatesVials[d.Key]));
                Assert.Equal(dataset.ExtractionPatterns, back.ExtractionPatterns);
            }

            var experiment = loaded.GetExperimentInfo("exp");
            Assert.Equal(model.Experiments[0].Datasets, experiment.Datasets);
            Assert.Equal(model.Experiments[0].Parameters["n"], experiment.Parameters["n"]);
            Assert.Equal((double)model.Experiments[0].Parameters["x"]!, (double)experiment.Parameters["x"]!);
            Assert.Equal(model.Experiments[0].Parameters["s"], experiment.Parameters["s"]);
        }, iter: 200);

    [Fact]
    public void Merged_ignore_globs_always_start_with_the_project_globs() =>
        Gen.Select(Model, Text.Array[0, 4]).Sample((model, experimentIgnore) =>
        {
            var withFilters = model with { Experiments = [model.Experiments[0] with { IgnoreSubstrings = FilterMerge.Clean(experimentIgnore) }] };
            var config = ConfigLoader.FromModel(withFilters);

            var merged = config.GetMergedFilters("exp");

            var projectGlobs = model.Project.IgnoreSubstrings.Select(FilterMerge.ToIgnoreGlob).Distinct().ToList();
            Assert.Equal(projectGlobs, merged.IgnoreGlobs.Take(projectGlobs.Count));
            Assert.Equal(projectGlobs.Concat(FilterMerge.Clean(experimentIgnore).Select(FilterMerge.ToIgnoreGlob)).Distinct(), merged.IgnoreGlobs);
        }, iter: 200);
}
