using System.Globalization;
using System.Text;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>
/// Configs as common YAML writers write them (Fixtures/Configuration/Writers, made by make_yaml_fixtures.py with Debian's
/// python3-yaml and python3-ruamel.yaml, plus one hand-written file): each is parsed by the fast parser (proved by the
/// document's <see cref="YamlTree.Document.Fallback"/>) to YamlDotNet's tree, and every writer's copy of the same data
/// loads to the same config.
/// </summary>
public sealed class YamlWriterFixtureTests
{
    private static readonly string Folder = ConfigFixtures.PathOf("Writers");

    public static TheoryData<string> Files() => new(Names());

    private static string[] Names() => [.. Directory.GetFiles(Folder, "*.yaml").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_writer_style_is_present() =>
        Assert.Equal(
            [
                "hand_written.yaml", "pyyaml_block.yaml", "pyyaml_dump.yaml", "pyyaml_flow_none.yaml", "pyyaml_flow_true.yaml",
                "pyyaml_flow_true_unsorted.yaml", "pyyaml_indent4_unicode.yaml", "pyyaml_safe_dump.yaml",
                "pyyaml_safe_dump_unsorted.yaml", "pyyaml_shared_anchors.yaml", "ruamel_roundtrip.yaml",
                "ruamel_roundtrip_edited.yaml", "ruamel_roundtrip_indented.yaml",
            ],
            Names());

    [Theory]
    [MemberData(nameof(Files))]
    public void Writer_output_parses_on_the_fast_path_to_the_reference_tree(string name)
    {
        var path = Path.Combine(Folder, name);
        var yaml = File.ReadAllText(path);

        using var reader = new StringReader(yaml);
        var document = YamlTree.Parse(reader, path);

        Assert.True(document.Fallback is null, $"{name} fell back to YamlDotNet: {document.Fallback}");
        YamlFastParserTests.AssertSameTree(yaml, expectFast: true);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Writer_output_with_crlf_line_ends_parses_on_the_fast_path_to_the_reference_tree(string name) =>
        YamlFastParserTests.AssertSameTree(File.ReadAllText(Path.Combine(Folder, name)).ReplaceLineEndings("\r\n"), expectFast: true);

    [Theory]
    [MemberData(nameof(Files))]
    public void Mutated_writer_output_fast_path_agrees_with_yaml_dot_net(string name)
    {
        var yaml = File.ReadAllText(Path.Combine(Folder, name));
        for (var seed = 0; seed < 300; seed++)
        {
            YamlFastParserTests.AssertSameTree(RandomYaml.Mutate(yaml, seed), expectFast: null);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Writer_output_loads_without_problems(string name)
    {
        var config = ConfigLoader.LoadFile(Path.Combine(Folder, name));

        Assert.Empty(config.Warnings);
        Assert.NotEmpty(config.Model.Datasets);
    }

    [Fact]
    public void Every_writer_of_the_same_data_loads_the_same_config()
    {
        var sameData = Names().Where(n => n.StartsWith("pyyaml_", StringComparison.Ordinal) || n is "ruamel_roundtrip.yaml" or "ruamel_roundtrip_indented.yaml").Where(n => n != "pyyaml_shared_anchors.yaml").ToList();
        var reference = Canonical("pyyaml_safe_dump.yaml");

        Assert.True(sameData.Count >= 10);
        Assert.All(sameData, name => Assert.Equal(reference, Canonical(name)));
        Assert.Contains("\"description\": \"Flies walk upwind in a turbulent odor plume; trials shorter than the analysis window", reference, StringComparison.Ordinal);
        Assert.Contains("\"notes\": \"first line\\u000Asecond line\\u000A\\u000Aafter a blank line\"", reference, StringComparison.Ordinal);
        Assert.Contains("\"researcher\": \"Dr. M\\u00FCller\"", reference, StringComparison.Ordinal);
    }

    [Fact]
    public void Hand_written_file_edited_by_ruamel_loads_as_the_edited_file()
    {
        var handWritten = Canonical("hand_written.yaml");
        var edited = Canonical("ruamel_roundtrip_edited.yaml");

        Assert.Equal(handWritten.Replace("\"analysis_window_seconds\": 300", "\"analysis_window_seconds\": 240", StringComparison.Ordinal), edited);
        Assert.Contains("\"description\": \"Flies walk upwind in a turbulent odor plume; trials shorter than the analysis window are dropped", handWritten, StringComparison.Ordinal);
        Assert.Contains("\"notes\": \"first line\\u000Asecond line\"", handWritten, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_objects_written_as_anchors_load_as_copies()
    {
        var config = ConfigLoader.LoadFile(Path.Combine(Folder, "pyyaml_shared_anchors.yaml"));

        var vials = config.GetDatasetInfo("plume_3").DatesVials["2024-04-14"];
        Assert.Equal(Enumerable.Range(1, 12), vials);
        Assert.Equal(10L, config.GetDatasetInfo("plume_2").Parameters["n"]);
    }

    [Theory]
    [InlineData("small")]
    [InlineData("large")]
    public void Generated_config_in_py_yaml_style_parses_on_the_fast_path_and_loads_like_the_original(string size)
    {
        var original = ConfigYamlGenerator.Generate(ConfigSize.Parse(size), "/data");
        var pyYaml = PyYamlConfigWriter.Rewrite(original);

        Assert.Contains("\n      '2024-01-01':\n      - 1\n", pyYaml, StringComparison.Ordinal);
        YamlFastParserTests.AssertSameTree(pyYaml, expectFast: true);
        Assert.Equal(Canonical(ConfigLoader.LoadYaml(original)), Canonical(ConfigLoader.LoadYaml(pyYaml)));
    }

    private static string Canonical(string name) => Canonical(ConfigLoader.LoadFile(Path.Combine(Folder, name)));

    /// <summary>The loaded model written back and dumped with every mapping's keys sorted, so key order does not matter.</summary>
    private static string Canonical(ExperimentConfig config)
    {
        using var reader = new StringReader(ConfigWriter.ToYaml(config.Model));
        var sb = new StringBuilder();
        Dump(sb, YamlTree.Parse(reader, "canonical").Root!, 0);
        return sb.ToString();
    }

    private static void Dump(StringBuilder sb, YNode node, int depth)
    {
        switch (node.Kind)
        {
            case YKind.Scalar:
                sb.Append(node.Style == YamlDotNet.Core.ScalarStyle.Plain ? Escape(node.Value) : $"\"{Escape(node.Value)}\"").Append('\n');
                break;
            case YKind.Sequence:
                sb.Append('\n');
                foreach (var item in node.Items!)
                {
                    sb.Append(' ', depth * 2).Append("- ");
                    Dump(sb, item, depth + 1);
                }

                break;
            default:
                sb.Append('\n');
                foreach (var (key, value) in node.Pairs!.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
                {
                    sb.Append(' ', depth * 2).Append('"').Append(Escape(key.Value)).Append("\": ");
                    Dump(sb, value, depth + 1);
                }

                break;
        }
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
