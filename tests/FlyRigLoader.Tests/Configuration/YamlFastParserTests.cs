using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>
/// The fast YAML subset parser against the YamlDotNet reference: identical trees (kinds, values, styles, positions)
/// wherever it parses, and a fallback (null) for every construct outside its subset.
/// </summary>
public sealed class YamlFastParserTests
{
    [Theory]
    [InlineData("example_a.yaml")]
    [InlineData("example_b.yaml")]
    [InlineData("invalid_many.yaml")]
    public void Repository_fixtures_parse_on_the_fast_path_to_the_reference_tree(string name) =>
        AssertSameTree(File.ReadAllText(ConfigFixtures.PathOf(name)), expectFast: true);

    [Fact]
    public void Embedded_column_config_parses_to_the_reference_tree_or_falls_back()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "FlyRigLoader", "Transformation", "column_config.yaml");

        AssertSameTree(File.ReadAllText(path), expectFast: null);
    }

    [Theory]
    [InlineData("small")]
    [InlineData("medium")]
    [InlineData("large")]
    public void Benchmark_generated_configs_parse_on_the_fast_path_to_the_reference_tree(string size) =>
        AssertSameTree(ConfigYamlGenerator.Generate(ConfigSize.Parse(size), "/data/with \"quotes\" and \\ slashes"), expectFast: true);

    [Fact]
    public void Writer_output_parses_on_the_fast_path_to_the_reference_tree()
    {
        var model = ConfigLoader.LoadFile(ConfigFixtures.PathOf("example_a.yaml")).Model;

        AssertSameTree(ConfigWriter.ToYaml(model), expectFast: true);
    }

    [Theory]
    [InlineData("a: 1\nb: [x, 'y', \"z\"]\nc: {d: e}\n")]
    [InlineData("---\n# c\na:\n- 1\n-\n- x\n")]
    [InlineData("# only a comment\n")]
    [InlineData("")]
    [InlineData("a:\r\n  b: 1\r\n")]
    [InlineData("a: &x {k: v}\nb: *x\nc:\n  <<: *x\n  k: w\n")]
    [InlineData("a: &x [1]\nb: &y {z: 1}\nc:\n  <<: [*y]\n")]
    [InlineData("- a: 1\n  b:\n  c: [1]\n- x\n")]
    [InlineData("\"k\" : v\n'q': \"\\t\\x41\\u00e9\\U0001F600\"\n")]
    [InlineData("a: x #c\nb: x#c\nc: http://x/y\nd: 'it''s'\n")]
    [InlineData("dup: 1\ndup: 2\nm: {a: 1, a: 2}\n")]
    [InlineData("  indented: 1\n  root: 2\n")]
    [InlineData("k:\n  v\n")]
    [InlineData("a: [1, 2, ]\nb: {x: 1,}\n")]
    [InlineData("p:\n- .*_(?P<date>\\d{8})\\.pkl\n- parts[-2]::x{1,3}\nk[0]: a{b}\n")]
    public void SubsetConstructs_ParseOnTheFastPath_ToTheReferenceTree(string yaml) =>
        AssertSameTree(yaml, expectFast: true);

    [Theory]
    [InlineData("a: b\n  continued plain\n")]
    [InlineData("a:\n  b: x\n   y\n\n   z\nc: 1\n")]
    [InlineData("- x\n y\n- 'a\n\n   b  \n  c'\n")]
    [InlineData("a: \"multi\n  line\"\n")]
    [InlineData("a: \"x\\\n   y \\\n\n  z\"\n")]
    [InlineData("a: \"x\n\n   \\ty  \"\n")]
    [InlineData("a: [1,\n  2]\n")]
    [InlineData("a: [\n  1, 2, # c\n  3\n]\nb: 1\n")]
    [InlineData("a:\n  - [1,\n    2]\n  - {b:\n      1, c: d\n      e}\n")]
    [InlineData("a: [x\n y]\n")]
    [InlineData("{a: 1,\n  b: [2,\n    3]}\n")]
    [InlineData("a: x # c\n  # deeper comment\nb: y\n")]
    [InlineData("base: &b # shared\n  rig: r\n  n: 1\nd:\n  <<: *b\n  n: 2\n")]
    [InlineData("a: &x\n- 1\n- 2\nb: *x\nc: &e\nd: *e\n")]
    [InlineData("- &x\n  k: v\n- &y\n  - 1\n- *x\n- &z\n- *y\n")]
    [InlineData("a: &x\n\n    [1,\n     2]\nb: &s\n  plain\n  text\n")]
    [InlineData("a: &x\n  b: &x 1\nc: *x\n")]
    public void MultiLineValuesAndAnchorsOnBlockNodes_ParseOnTheFastPath_ToTheReferenceTree(string yaml) =>
        AssertSameTree(yaml, expectFast: true);

    [Theory]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: !!str 42\n")]
    [InlineData("a: !custom x\n")]
    [InlineData("? complex\n: key\n")]
    [InlineData("a:\n\tb: 1\n")]
    [InlineData("%YAML 1.1\n---\na: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: 1\n...\n")]
    [InlineData("- - nested compact\n")]
    [InlineData("a: {b: -, c: 1}\n")]
    [InlineData("k: {a: &x 4, b: c}\n")]
    [InlineData("k: [&x 4, b]\n")]
    [InlineData("b *c: 1\n")]
    [InlineData("x: {b *c: d}\n")]
    [InlineData("---\n")]
    [InlineData("a: {k: }\n")]
    [InlineData("a: [k: v]\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: [1, 2\n")]
    [InlineData("a:\n    b: 1\n  c: 2\n")]
    [InlineData("a: *missing\n")]
    [InlineData("a: x\rb: y\n")]
    [InlineData("\uFEFFa: 1\n")]
    [InlineData("a:\n  b: 'x\n y'\n")]
    [InlineData("a:\n  b: [1,\n2]\n")]
    [InlineData("a:\n  - [1,\n  2]\n")]
    [InlineData("a: 'x\n  y': 1\n")]
    [InlineData("a: x\n  - y\n")]
    [InlineData("a: x\n  b: y\n")]
    [InlineData("{a\n : 1}\n")]
    [InlineData("&x\nk: v\n")]
    [InlineData("- &x k: v\n")]
    [InlineData("a: &x\n  &y [1]\n")]
    [InlineData("a: &x\n  b: *x\n")]
    [InlineData("x: &a 1\ny: &a [*a]\n")]
    public void ConstructsOutsideTheSubset_FallBack_AndStillParseLikeYamlDotNet(string yaml) =>
        AssertSameTree(yaml, expectFast: false);

    [Theory]
    [InlineData(990, true)]
    [InlineData(1030, false)]
    [InlineData(1100, false)]
    public void Long_keys_near_yaml_dot_nets_simple_key_limit_fall_back(int length, bool fast)
    {
        var key = new string('k', length);

        AssertSameTree($"{key}: 1\n\"{key}\": 2\n", expectFast: fast);
    }

    [Fact]
    public void Malformed_fixture_falls_back_and_reports_the_same_syntax_error_with_position()
    {
        var path = ConfigFixtures.PathOf("malformed.yaml");
        var yaml = File.ReadAllText(path);

        Assert.Null(YamlFastParser.TryParse(yaml));
        var viaParse = Assert.Throws<ConfigException>(() => YamlTree.Parse(new StringReader(yaml), path));
        var reference = Assert.Throws<ConfigException>(() => YamlTree.ParseWithYamlDotNet(yaml, path));
        Assert.Equal(ConfigErrorCodes.YamlSyntax, viaParse.Code);
        Assert.Equal(reference.Location, viaParse.Location);
        Assert.Equal(reference.Message, viaParse.Message);
        Assert.Matches(@"malformed\.yaml:\d+:\d+$", viaParse.Location);
    }

    [Fact]
    public void Block_scalar_config_loads_through_the_fallback()
    {
        var config = ConfigLoader.LoadYaml("datasets:\n  d:\n    rig: r1\n    description: |\n      two\n      lines\n", "block.yaml");

        Assert.Equal("two\nlines\n", config.GetDatasetInfo("d").Extra["description"]);
    }

    [Fact]
    public void Large_generated_config_shares_repeated_scalars()
    {
        var document = YamlFastParser.TryParse(ConfigYamlGenerator.Generate(ConfigSize.Large, "/data"));

        Assert.NotNull(document);
        var datasets = document.Root!.Pairs!.Single(p => p.Key.Value == "datasets").Value.Pairs!;
        var first = datasets[0].Value.Pairs!.Single(p => p.Key.Value == "dates_vials").Value.Pairs!;
        var second = datasets[1].Value.Pairs!.Single(p => p.Key.Value == "dates_vials").Value.Pairs!;
        Assert.Same(first[0].Key.Value, second[0].Key.Value);
        Assert.Same(first[0].Value.Items![0].Value, second[0].Value.Items![0].Value);
    }

    [Fact]
    public void Scalar_lists_are_packed_and_share_one_shape_per_distinct_list()
    {
        const string yaml = "a: [1, 2, 3]\nb: [1,  2, 3]\nc: [1, 2, 3]\nd:\n- 1\n- 2\n- 3\ne:\n  - 1\n  - 2\n  - 3\n";
        var document = YamlFastParser.TryParse(yaml, out _, packLists: true);

        Assert.NotNull(document);
        var lists = document.Root!.Pairs!.ToDictionary(p => p.Key.Value, p => Assert.IsType<YScalarList>(p.Value.Items));
        Assert.Same(lists["a"].Shape, lists["c"].Shape);
        Assert.NotSame(lists["a"].Shape, lists["b"].Shape);
        Assert.Same(lists["d"].Shape, lists["e"].Shape);
        Assert.Equal(["5:3", "6:3", "7:3"], lists["d"].Select(n => $"{n.Line}:{n.Column}"));
        Assert.Equal(["9:5", "10:5", "11:5"], lists["e"].Select(n => $"{n.Line}:{n.Column}"));
        Assert.Equal(["2:5", "2:9", "2:12"], lists["b"].Select(n => $"{n.Line}:{n.Column}"));
    }

    [Fact]
    public void A_list_holding_an_anchored_scalar_keeps_nodes_so_its_alias_is_that_node()
    {
        var document = YamlFastParser.TryParse("a:\n- &x 1\n- 2\nb: *x\nc: [*x, 3]\n", out _, packLists: true);

        Assert.NotNull(document);
        var items = document.Root!.Pairs![0].Value.Items!;
        Assert.IsNotType<YScalarList>(items);
        Assert.Same(items[0], document.Root.Pairs[1].Value);
        var aliased = document.Root.Pairs[2].Value.Items!;
        Assert.IsNotType<YScalarList>(aliased);
        Assert.Same(items[0], aliased[0]);
    }

    [Fact]
    public void The_item_nodes_of_a_packed_list_become_the_next_scalars_and_nothing_kept_changes()
    {
        // A packed list's item nodes are reused for the scalars read after it; anything still referring to one would
        // see its value change. Keys, values, an unpacked list (it holds a mapping) and an anchored item all follow one.
        const string yaml = "a: [1, 2, 3]\nb: x\nc: [4, {k: v}]\nd:\n- &n 5\n- 6\ne:\n- 7\n- 8\nf: [y, z]\ng: *n\n";
        var document = YamlFastParser.TryParse(yaml, out var fallback, packLists: true);

        Assert.True(document is not null, fallback);
        var pairs = document.Root!.Pairs!;
        Assert.Equal("a=[1,2,3] b=x c=[4,{k:v}] d=[5,6] e=[7,8] f=[y,z] g=5", string.Join(" ", pairs.Select(p => p.Key.Value + "=" + Text(p.Value))));
        Assert.IsType<YScalarList>(pairs[0].Value.Items);
        Assert.IsNotType<YScalarList>(pairs[2].Value.Items);
        Assert.Same(pairs[3].Value.Items![0], pairs[6].Value);
        Assert.Equal(["1:5", "2:4", "3:5", "3:8"], new[] { pairs[0].Value.Items![0], pairs[1].Value, pairs[2].Value.Items![0], pairs[2].Value.Items![1] }.Select(n => $"{n.Line}:{n.Column}"));

        static string Text(YNode node) => node.Kind switch
        {
            YKind.Scalar => node.Value,
            YKind.Sequence => "[" + string.Join(",", node.Items!.Select(Text)) + "]",
            _ => "{" + string.Join(",", node.Pairs!.Select(p => Text(p.Key) + ":" + Text(p.Value))) + "}",
        };
    }

    [Fact]
    public void Lists_are_packed_by_default_only_in_texts_large_enough_for_their_trees_to_outlive_gen0()
    {
        var small = YamlFastParser.TryParse("a: [1, 2, 3]\n");
        var large = YamlFastParser.TryParse(ConfigYamlGenerator.Generate(ConfigSize.Large, "/data"));

        Assert.IsNotType<YScalarList>(small!.Root!.Pairs![0].Value.Items);
        var datasets = large!.Root!.Pairs!.Single(p => p.Key.Value == "datasets").Value.Pairs!;
        var dates = datasets[0].Value.Pairs!.Single(p => p.Key.Value == "dates_vials").Value.Pairs!;
        Assert.IsType<YScalarList>(dates[0].Value.Items);
    }

    /// <summary>Same tree as YamlDotNet; <paramref name="expectFast"/> true/false pins which path parsed it (null: either).</summary>
    internal static void AssertSameTree(string yaml, bool? expectFast)
    {
        var fast = YamlFastParser.TryParse(yaml, out var fallback);
        if (expectFast is { } expected)
        {
            Assert.True(expected == fast is not null, $"fast path {(fast is null ? $"fell back at {fallback}" : "parsed")} for:\n{yaml}");
        }

        YamlTree.Document reference;
        try
        {
            reference = YamlTree.ParseWithYamlDotNet(yaml, "ref.yaml");
        }
        catch (ConfigException ex)
        {
            Assert.True(fast is null, $"fast path accepted YAML that YamlDotNet rejects ({ex.Location}: {ex.Message}):\n{yaml}");
            Assert.Equal(ex.Location, Assert.Throws<ConfigException>(() => YamlTree.Parse(new StringReader(yaml), "ref.yaml")).Location);
            return;
        }

        // YamlTree.Parse takes the fast tree when there is one, so only the fallback needs checking through it; the
        // document it returns says which parser ran.
        var parsed = YamlTree.Parse(new StringReader(yaml), "ref.yaml");
        Assert.Equal(fallback, parsed.Fallback);
        var referenceDump = YamlTreeDump.Of(reference);
        AssertSameDump(yaml, referenceDump, YamlTreeDump.Of(fast ?? parsed), "fast path");

        // The same text with scalar lists packed (or not, for a text past the packing size) reads as the same tree.
        var packed = fast is null ? null : YamlFastParser.TryParse(yaml, out _, packLists: yaml.Length < YamlFastParser.PackFromLength);
        Assert.Equal(fast is null, packed is null);
        if (packed is not null)
        {
            AssertSameDump(yaml, referenceDump, YamlTreeDump.Of(packed), "fast path, other packing");
        }
    }

    private static void AssertSameDump(string yaml, string referenceDump, string actualDump, string what)
    {
        if (referenceDump != actualDump)
        {
            var at = referenceDump.AsSpan().CommonPrefixLength(actualDump);
            Assert.Fail($"trees differ for:\n{Head(yaml, 0)}\nreference:\n{Head(referenceDump, at)}\n{what}:\n{Head(actualDump, at)}");
        }
    }

    // Large trees are compared whole but shown only in part: an assertion message of megabytes helps nobody.
    private static string Head(string text, int around)
    {
        var start = Math.Max(0, around - 1500);
        return text.Length - start <= 3000 ? text[start..] : string.Concat(text.AsSpan(start, 3000), "\n...");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("repository root (Directory.Packages.props) not found above " + AppContext.BaseDirectory);
    }
}
