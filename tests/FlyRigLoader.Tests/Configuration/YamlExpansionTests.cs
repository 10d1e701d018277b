using System.Globalization;
using System.Text;
using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>
/// Hostile YAML: aliases that nest aliases ("billion laughs"), alias-heavy merge keys, recursive aliases and deep
/// nesting are refused with a typed error at the alias (or node) that crossed the bound, on both parser paths. The work
/// is bounded structurally (the expansion counter); a generous timeout only guards against a hang.
/// </summary>
public sealed class YamlExpansionTests
{
    private const string Source = "hostile.yaml";
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData(6, 10)]
    [InlineData(7, 10)]
    [InlineData(9, 10)]
    [InlineData(10, 10)]
    [InlineData(30, 2)]
    public void Nested_sequence_aliases_are_refused_at_the_alias_that_crosses_the_bound(int depth, int fan)
    {
        var yaml = SequenceLaughs(depth, fan);
        var (line, column, name) = Crossing(yaml, SequenceSizes(depth, fan));

        var ex = AssertRefused(yaml);

        Assert.Equal(ConfigErrorCodes.AliasExpansion, ex.Code);
        Assert.Equal($"{Source}:{line}:{column}", ex.Location);
        Assert.Contains($"alias *{name} ", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("*" + name, LineOf(yaml, line)[(column - 1)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Nested_merge_key_aliases_are_refused_at_the_alias_that_crosses_the_bound(bool block)
    {
        const int depth = 9;
        var yaml = MergeLaughs(depth, block);
        var (line, column, name) = Crossing(yaml, MergeSizes(depth));

        var ex = AssertRefused(yaml);

        Assert.Equal(ConfigErrorCodes.AliasExpansion, ex.Code);
        Assert.Equal($"{Source}:{line}:{column}", ex.Location);
        Assert.StartsWith("*" + name, LineOf(yaml, line)[(column - 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Many_merges_of_one_large_mapping_are_refused_the_merge_work_is_counted()
    {
        // 2,000 keys merged 2,000 times would be four million pair copies from 60 KB of text.
        var yaml = new StringBuilder("base: &b {");
        yaml.AppendJoin(", ", Enumerable.Range(0, 2000).Select(i => string.Create(CultureInfo.InvariantCulture, $"k{i}: {i}")));
        yaml.Append("}\nitems:\n");
        for (var i = 0; i < 2000; i++)
        {
            yaml.Append("- {<<: *b}\n");
        }

        var ex = AssertRefused(yaml.ToString());

        Assert.Equal(ConfigErrorCodes.AliasExpansion, ex.Code);
        Assert.Matches($@"^{Source}:\d+:8$", ex.Location);
    }

    [Theory]
    [InlineData("a: &a [1, *a]\n", "1:11")]
    [InlineData("a: &a\n  b: *a\n", "2:6")]
    [InlineData("a: &a\n  - x\n  - <<: *a\n", "3:9")]
    public void RecursiveAliases_AreRefused(string yaml, string at)
    {
        var ex = AssertRefused(yaml);

        Assert.Equal(ConfigErrorCodes.AliasExpansion, ex.Code);
        Assert.Equal($"{Source}:{at}", ex.Location);
        Assert.Contains("contains it", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("block", "257:257")]
    [InlineData("block-sequence", "129:259")]
    [InlineData("compact-sequence", "1:515")]
    [InlineData("flow-sequence", "1:258")]
    [InlineData("flow-mapping", "1:1025")]
    public void Deep_nesting_is_refused_cleanly_at_the_depth_limit(string shape, string at)
    {
        var yaml = shape switch
        {
            "block" => string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i) + "a:\n")),
            "block-sequence" => string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', 2 * i) + "- a:\n")),
            "compact-sequence" => string.Concat(Enumerable.Repeat("- ", 20_000)) + "x\n",
            "flow-sequence" => new string('[', 20_000) + new string(']', 20_000) + "\n",
            _ => "a: " + string.Concat(Enumerable.Repeat("{a: ", 20_000)) + "1" + new string('}', 20_000) + "\n",
        };

        Assert.Null(YamlFastParser.TryParse(yaml));
        var ex = Guarded(() => Assert.Throws<ConfigException>(() => ConfigLoader.LoadYaml(yaml, Source)));

        Assert.Equal(ConfigErrorCodes.YamlSyntax, ex.Code);
        Assert.Equal($"{Source}:{at}", ex.Location);
        Assert.Contains("nesting is too deep", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 10)]
    [InlineData(4, 10)]
    [InlineData(12, 2)]
    public void Nested_aliases_within_the_bound_load_on_both_paths_with_the_counted_size(int depth, int fan)
    {
        var yaml = SequenceLaughs(depth, fan);
        var sizes = SequenceSizes(depth, fan);
        var expected = 1 + sizes.Sum(s => s.Key + s.Size);

        var fast = YamlFastParser.TryParse(yaml);
        var reference = YamlTree.ParseWithYamlDotNet(yaml, Source);
        var config = ConfigLoader.LoadYaml(yaml, Source);

        Assert.NotNull(fast);
        Assert.Equal(expected, fast.ExpandedSize);
        Assert.Equal(expected, reference.ExpandedSize);
        Assert.Equal((long)Math.Pow(fan, depth), Leaves(config.Model.Extra[$"a{depth - 1}"]));
    }

    [Fact]
    public void Aliased_block_shared_across_many_datasets_loads_within_the_bound()
    {
        // A realistic use of anchors: one dates_vials block of 60 dates shared by 500 datasets.
        var yaml = new StringBuilder("shared: &dv {");
        yaml.AppendJoin(", ", Enumerable.Range(0, 60).Select(d => string.Create(CultureInfo.InvariantCulture, $"'2024-{1 + (d / 28):D2}-{1 + (d % 28):D2}': [1, 2, 3, 4, 5]")));
        yaml.Append("}\ndatasets:\n");
        for (var i = 0; i < 500; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  d{i}: {{rig: r, dates_vials: *dv}}\n");
        }

        var document = YamlFastParser.TryParse(yaml.ToString());
        var config = ConfigLoader.LoadYaml(yaml.ToString(), Source);

        Assert.NotNull(document);
        Assert.InRange(document.ExpandedSize, 500 * 60 * 5, YamlExpansion.Budget(yaml.Length));
        Assert.Equal(60, config.GetDatasetInfo("d499").DatesVials.Count);
    }

    [Fact]
    public void Problems_repeated_by_aliases_are_listed_up_to_a_limit_proportional_to_the_file()
    {
        // One list of 1,000 bad vials named by 28 dates: 28,000 problems from under 4 KB.
        var yaml = new StringBuilder("bad: &bad [").AppendJoin(", ", Enumerable.Repeat("x", 1000)).Append("]\ndatasets:\n  d:\n    rig: r\n    dates_vials:\n");
        for (var day = 1; day <= 28; day++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"      '2024-01-{day:D2}': *bad\n");
        }

        var limit = ConfigProblemLimit.For(yaml.Length);
        var ex = Assert.Throws<ConfigValidationException>(() => ConfigLoader.LoadYaml(yaml.ToString(), Source));

        Assert.Equal(limit + 1, ex.Problems.Count);
        Assert.All(ex.Problems.Take(limit), p => Assert.Equal("vial must be an integer, found the scalar 'x'", p.Message));
        Assert.Equal($"{28_000 - limit} more problems not listed (at most {limit} are listed for a file of this length)", ex.Problems[^1].Message);
        Assert.Null(ex.Problems[^1].Line);
    }

    [Fact]
    public void Many_problems_without_aliases_are_all_listed()
    {
        var yaml = "datasets:\n  d:\n    rig: r\n    dates_vials:\n      '2024-01-01': [" + string.Join(", ", Enumerable.Repeat("x", 3000)) + "]\n";

        var ex = Assert.Throws<ConfigValidationException>(() => ConfigLoader.LoadYaml(yaml, Source));

        Assert.Equal(3000, ex.Problems.Count);
    }

    [Fact]
    public void Expansion_refusal_is_a_single_problem_from_validate_yaml()
    {
        var problem = Assert.Single(ConfigValidator.ValidateYaml(SequenceLaughs(10, 10), Source));

        Assert.Equal(Source, problem.File);
        Assert.NotNull(problem.Line);
        Assert.Contains("expands the document past", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_grows_with_the_text()
    {
        Assert.Equal(YamlExpansion.Floor, YamlExpansion.Budget(0));
        Assert.Equal(YamlExpansion.Floor + (YamlExpansion.PerCharacter * 1000), YamlExpansion.Budget(1000));
    }

    /// <summary>Both paths refuse: the fast parser hands the text over and YamlDotNet's path raises the error, also through the loader.</summary>
    private static ConfigException AssertRefused(string yaml)
    {
        Assert.Null(YamlFastParser.TryParse(yaml));
        var reference = Guarded(() => Assert.Throws<ConfigException>(() => YamlTree.ParseWithYamlDotNet(yaml, Source)));
        var loaded = Guarded(() => Assert.Throws<ConfigException>(() => ConfigLoader.LoadYaml(yaml, Source)));
        Assert.Equal(reference.Location, loaded.Location);
        Assert.Equal(reference.Message, loaded.Message);
        return loaded;
    }

    private static T Guarded<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(HangGuard), "did not finish: the work is unbounded");
        return task.Result;
    }

    private static string LineOf(string yaml, int line) => yaml.Split('\n')[line - 1];

    private static string Name(int level) => "a" + level.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>a0: &amp;a0 [lol, …]</c>, then each level a list of <paramref name="fan"/> aliases of the one before.</summary>
    private static string SequenceLaughs(int depth, int fan)
    {
        var sb = new StringBuilder();
        sb.Append($"{Name(0)}: &{Name(0)} [").AppendJoin(", ", Enumerable.Repeat("lol", fan)).Append("]\n");
        for (var level = 1; level < depth; level++)
        {
            sb.Append($"{Name(level)}: &{Name(level)} [").AppendJoin(", ", Enumerable.Repeat("*" + Name(level - 1), fan)).Append("]\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Per line (one level): its key's size, what its value adds before its first alias (the collections it opens and
    /// any "&lt;&lt;" key), how many aliases follow, and the value's expanded size.
    /// </summary>
    private static List<Level> SequenceSizes(int depth, int fan)
    {
        var levels = new List<Level> { new(1 + Name(0).Length, 1 + (fan * 4), 0, 1 + (fan * 4)) };
        for (var level = 1; level < depth; level++)
        {
            levels.Add(new(1 + Name(level).Length, 1, fan, 1 + (fan * levels[^1].Size)));
        }

        return levels;
    }

    /// <summary><c>a0</c> a mapping of ten keys; each level merges ten aliases of the one before (flow or block mappings).</summary>
    private static string MergeLaughs(int depth, bool block)
    {
        var sb = new StringBuilder();
        sb.Append($"{Name(0)}: &{Name(0)} {{").AppendJoin(", ", Enumerable.Range(0, 10).Select(i => $"k{i}: lol")).Append("}\n");
        for (var level = 1; level < depth; level++)
        {
            var aliases = string.Join(", ", Enumerable.Repeat("*" + Name(level - 1), 10));
            sb.Append(block ? $"{Name(level)}: &{Name(level)}\n  <<: [{aliases}]\n" : $"{Name(level)}: &{Name(level)} {{<<: [{aliases}]}}\n");
        }

        return sb.ToString();
    }

    private static List<Level> MergeSizes(int depth)
    {
        // Ten keys "kN" (3 each) with values "lol" (4 each); then the mapping, its "<<" key and the list before the aliases.
        var levels = new List<Level> { new(1 + Name(0).Length, 71, 0, 71) };
        for (var level = 1; level < depth; level++)
        {
            levels.Add(new(1 + Name(level).Length, 1 + 3 + 1, 10, 1 + 3 + 1 + (10 * levels[^1].Size)));
        }

        return levels;
    }

    /// <summary>Where the count first passes the budget, replaying it in document order from the root mapping on.</summary>
    private static (int Line, int Column, string Name) Crossing(string yaml, List<Level> levels)
    {
        var budget = YamlExpansion.Budget(yaml.Length);
        var lines = yaml.Split('\n');
        long total = 1;
        var lineIndex = 0;
        for (var level = 0; level < levels.Count; level++)
        {
            total += levels[level].Key + levels[level].Own;
            if (levels[level].Fan == 0)
            {
                continue;
            }

            while (!lines[lineIndex].Contains('*', StringComparison.Ordinal))
            {
                lineIndex++;
            }

            var column = 0;
            for (var i = 0; i < levels[level].Fan; i++)
            {
                column = lines[lineIndex].IndexOf('*', column) + 1;
                total += levels[level - 1].Size;
                if (total > budget)
                {
                    return (lineIndex + 1, column, Name(level - 1));
                }
            }

            lineIndex++;
        }

        throw new InvalidOperationException("the document stays within the budget");
    }

    private static long Leaves(object? value) => value is List<object?> list ? list.Sum(Leaves) : 1;

    private sealed record Level(long Key, long Own, int Fan, long Size);
}
