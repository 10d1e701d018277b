using CsCheck;
using FlyRigLoader.Discovery;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>The span glob matcher behaves like Python's fnmatch (case-sensitive, POSIX).</summary>
public class GlobTests
{
    [Theory]
    [InlineData("*", "", true)]
    [InlineData("*", ".DS_Store", true)]
    [InlineData("*.pkl", "a.pkl", true)]
    [InlineData("*.pkl", "a.PKL", false)]
    [InlineData("*.pkl", "a.pkl.gz", false)]
    [InlineData("*._*", "._hidden", true)]
    [InlineData("*temp*", "my_temp_file.pkl", true)]
    [InlineData("*temp*", "my_tmp_file.pkl", false)]
    [InlineData(".DS_Store*", ".DS_Store", true)]
    [InlineData("backup_*", "backup_1.bak", true)]
    [InlineData("backup_*", "x_backup_1.bak", false)]
    [InlineData("exact.csv", "exact.csv", true)]
    [InlineData("exact.csv", "exact.csvx", false)]
    [InlineData("?.txt", "a.txt", true)]
    [InlineData("?.txt", "ab.txt", false)]
    [InlineData("[abc]*", "banana", true)]
    [InlineData("[!abc]*", "banana", false)]
    [InlineData("[!abc]*", "zebra", true)]
    [InlineData("rig[0-9]", "rig7", true)]
    [InlineData("rig[0-9]", "rigx", false)]
    [InlineData("[]]", "]", true)]
    [InlineData("[!]]", "a", true)]
    [InlineData("[!]]", "]", false)]
    [InlineData("a[", "a[", true)]
    [InlineData("[a-]", "-", true)]
    [InlineData("[z-a]", "m", false)]
    [InlineData("*a*b*c", "xxaxxbxxc", true)]
    [InlineData("*a*b*c", "xxaxxbxxcx", false)]
    [InlineData("a**b", "ab", true)]
    public void IsMatch_FollowsFnmatch(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, Glob.Compile(pattern).IsMatch(name));
    }

    [Fact]
    public void Is_match_agrees_with_reference_on_random_patterns_and_names()
    {
        var patterns = Gen.String[Gen.Char["ab.*?[]!-"], 0, 7];
        var names = Gen.String[Gen.Char["ab.]-!["], 0, 8];
        Gen.Select(patterns, names).Sample(
            (pattern, name) => Assert.True(
                ReferenceGlob.IsMatch(pattern, name) == Glob.Compile(pattern).IsMatch(name),
                $"pattern '{pattern}' name '{name}'"),
            iter: 20_000);
    }

    [Fact]
    public void Is_match_fast_shapes_agree_with_reference()
    {
        var literal = Gen.String[Gen.Char["ab_."], 0, 4];
        var shapes = Gen.Select(literal, Gen.Int[0, 3]).Select((l, s) => s switch
        {
            0 => l,
            1 => "*" + l,
            2 => l + "*",
            _ => "*" + l + "*",
        });
        Gen.Select(shapes, Gen.String[Gen.Char["ab_."], 0, 8]).Sample(
            (pattern, name) => Assert.True(ReferenceGlob.IsMatch(pattern, name) == Glob.Compile(pattern).IsMatch(name), $"'{pattern}' vs '{name}'"),
            iter: 5_000);
    }
}
