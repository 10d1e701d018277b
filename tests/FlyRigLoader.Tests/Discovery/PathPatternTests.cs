using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using FlyRigLoader.Discovery;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>Path globs with <c>**</c> match relative paths like pathlib's glob (files only).</summary>
public class PathPatternTests
{
    [Theory]
    [InlineData("*.pkl", false, "a.pkl", true)]
    [InlineData("*.pkl", false, "sub/a.pkl", false)]
    [InlineData("*.pkl", true, "sub/deeper/a.pkl", true)]
    [InlineData("**/*.pkl", false, "a.pkl", true)]
    [InlineData("**/*.pkl", false, "x/y/a.pkl", true)]
    [InlineData("2024-*/*.csv", false, "2024-01-02/a.csv", true)]
    [InlineData("2024-*/*.csv", false, "2023-01-02/a.csv", false)]
    [InlineData("2024-*/*.csv", false, "2024-01-02/x/a.csv", false)]
    [InlineData("2024-*/*.csv", true, "data/2024-01-02/a.csv", true)]
    [InlineData("a/**/b/*.txt", false, "a/b/f.txt", true)]
    [InlineData("a/**/b/*.txt", false, "a/x/y/b/f.txt", true)]
    [InlineData("a/**/b/*.txt", false, "a/x/y/c/f.txt", false)]
    [InlineData("a/**", false, "a/x/y/f.txt", true)]
    [InlineData("a/**", false, "b/f.txt", false)]
    [InlineData("./*.pkl", false, "a.pkl", true)]
    [InlineData("*", false, ".hidden", true)]
    public void Matches_relative_paths(string pattern, bool recursive, string relativePath, bool expected)
    {
        Assert.Equal(expected, Accepts(PathPattern.Compile(pattern, recursive), relativePath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/abs/*.pkl")]
    [InlineData("../*.pkl")]
    [InlineData("a/../*.pkl")]
    [InlineData("./")]
    public void Compile_rejects_bad_patterns(string pattern)
    {
        var ex = Assert.Throws<DiscoveryException>(() => PathPattern.Compile(pattern, recursive: false));
        Assert.Equal(DiscoveryErrorCodes.InvalidGlob, ex.Code);
        Assert.NotNull(ex.Hint);
    }

    [Fact]
    public void Advance_prunes_directories_that_cannot_match()
    {
        var pattern = PathPattern.Compile("2024-*/*.csv", recursive: false);
        Assert.Equal(0UL, pattern.Advance(pattern.InitialStates, "2023-01-01"));
        var inside = pattern.Advance(pattern.InitialStates, "2024-01-01");
        Assert.NotEqual(0UL, inside);
        Assert.Equal(0UL, pattern.Advance(inside, "deeper"));
    }

    [Fact]
    public void Matches_agree_with_regex_reference_on_random_patterns_and_paths()
    {
        var segment = Gen.OneOf(Gen.Const("**"), Gen.String[Gen.Char["ab*?"], 1, 3]);
        var patterns = segment.Array[1, 4].Select(s => string.Join('/', s));
        var paths = Gen.String[Gen.Char["ab"], 1, 2].Array[1, 4].Select(s => string.Join('/', s));
        Gen.Select(patterns, paths, Gen.Bool).Sample(
            (pattern, path, recursive) =>
            {
                var expected = Reference(pattern, recursive).IsMatch(path);
                Assert.True(expected == Accepts(PathPattern.Compile(pattern, recursive), path), $"pattern '{pattern}' recursive {recursive} path '{path}'");
            },
            iter: 5_000);
    }

    internal static bool Accepts(PathPattern pattern, string relativePath)
    {
        var parts = relativePath.Split('/');
        var states = pattern.InitialStates;
        foreach (var directory in parts[..^1])
        {
            states = pattern.Advance(states, directory);
        }

        return pattern.AcceptsFile(states, parts[^1]);
    }

    // pathlib semantics spelled out as one regex: '**' is any run of whole directories, '*' and '?' never cross '/'.
    internal static Regex Reference(string pattern, bool recursive)
    {
        var segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (recursive && !segments.Contains("**"))
        {
            segments.Insert(0, "**");
        }

        if (segments[^1] == "**")
        {
            segments.Add("*");
        }

        var sb = new StringBuilder("^");
        for (var i = 0; i < segments.Count; i++)
        {
            var last = i == segments.Count - 1;
            if (segments[i] == "**")
            {
                sb.Append("(?:[^/]+/)*");
                continue;
            }

            foreach (var c in segments[i])
            {
                sb.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            }

            if (!last)
            {
                sb.Append('/');
            }
        }

        return new Regex(sb.Append('$').ToString());
    }
}
