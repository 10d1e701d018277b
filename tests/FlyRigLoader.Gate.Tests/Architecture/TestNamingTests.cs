using System.Text.RegularExpressions;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Architecture;

/// <summary>
/// One test-naming style across tests/: a sentence of underscore-joined words, first word capitalized
/// (<c>Load_of_a_missing_file_is_file_not_found</c>); no analyzer checks names of xunit methods, so this test does.
/// </summary>
public sealed partial class TestNamingTests
{
    /// <summary>First segment one capitalized word; later segments words, at least one starting lower-case (proper nouns may keep capitals).</summary>
    public static bool IsSentence(string name) =>
        Shape().IsMatch(name) && name.Split('_').Skip(1).Any(w => char.IsLower(w[0]) || char.IsDigit(w[0]));

    [Theory]
    [InlineData("Parse_of_an_unknown_option_names_it", true)]
    [InlineData("A_and_A_trials_are_counted_separately", true)]
    [InlineData("Parse_UnknownOption_NamesIt", false)]
    [InlineData("ParseOptions_names_the_unknown_one", false)]
    [InlineData("Parse", false)]
    public void A_sentence_is_told_from_method_condition_expected(string name, bool sentence) => Assert.Equal(sentence, IsSentence(name));

    [Fact]
    public void Every_test_in_the_repository_is_named_as_a_sentence()
    {
        var tests = Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => TestMethod().Matches(File.ReadAllText(p)).Select(m => (File: Path.GetFileName(p), Name: m.Groups[1].Value)))
            .ToList();

        Assert.True(tests.Count > 500, $"only {tests.Count} tests found");
        Assert.Empty(tests.Where(t => !IsSentence(t.Name)).Select(t => $"{t.File}: {t.Name}"));
    }

    [GeneratedRegex(@"^[A-Z][a-z0-9]*(_[A-Za-z0-9]+)+$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"\[(?:Fact|Theory|OsFact|OsTheory)[^\]]*\]\s*(?:\[[^\]]*\]\s*)*public (?:async )?(?:void|Task) (\w+)\(")]
    private static partial Regex TestMethod();
}
