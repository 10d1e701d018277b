using System.Text;
using FlyRigLoader.Benchmarks.Data;
using YamlDotNet.RepresentationModel;

namespace FlyRigLoader.Benchmarks.Tests.Data;

public sealed class ConfigYamlGeneratorTests
{
    [Theory]
    [InlineData("small", 1, 1)]
    [InlineData("medium", 50, 25)]
    [InlineData("large", 500, 200)]
    public void Has_the_sizes_of_the_python_suite(string sizeName, int datasets, int experiments)
    {
        var root = Parse(ConfigYamlGenerator.Generate(ConfigSize.Parse(sizeName), "/data/rigs"));

        Assert.Equal(datasets, ((YamlMappingNode)root["datasets"]).Children.Count);
        Assert.Equal(experiments, ((YamlMappingNode)root["experiments"]).Children.Count);
        Assert.Equal("/data/rigs", ((YamlScalarNode)((YamlMappingNode)((YamlMappingNode)root["project"])["directories"])["major_data_directory"]).Value);
    }

    [Fact]
    public void Large_config_is_about_three_megabytes()
    {
        var bytes = Encoding.UTF8.GetByteCount(ConfigYamlGenerator.Generate(ConfigSize.Large, "/data/rigs"));
        Assert.InRange(bytes, 2_000_000, 4_000_000);
    }

    [Fact]
    public void Experiments_reference_existing_datasets_and_dates_are_quoted_strings()
    {
        var root = Parse(ConfigYamlGenerator.Generate(ConfigSize.Medium, "/d"));
        var datasets = ((YamlMappingNode)root["datasets"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToHashSet();
        foreach (var experiment in ((YamlMappingNode)root["experiments"]).Children.Values.Cast<YamlMappingNode>())
        {
            Assert.All(((YamlSequenceNode)experiment["datasets"]).Children, d => Assert.Contains(((YamlScalarNode)d).Value, datasets));
        }

        var firstDates = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)root["datasets"]).Children.Values.First())["dates_vials"];
        Assert.All(firstDates.Children.Keys, k => Assert.Equal(YamlDotNet.Core.ScalarStyle.DoubleQuoted, ((YamlScalarNode)k).Style));
    }

    [Fact]
    public void Fixed_dates_replace_the_random_ones_and_output_is_deterministic()
    {
        var yaml = ConfigYamlGenerator.Generate(ConfigSize.Small, "/d", ["2024-12-01", "2024-12-02"]);
        Assert.Contains("\"2024-12-02\": [", yaml, StringComparison.Ordinal);
        Assert.Equal(yaml, ConfigYamlGenerator.Generate(ConfigSize.Small, "/d", ["2024-12-01", "2024-12-02"]));
        Assert.Throws<ArgumentException>(() => ConfigSize.Parse("huge"));
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
