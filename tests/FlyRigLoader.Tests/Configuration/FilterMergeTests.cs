using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

public sealed class FilterMergeTests
{
    [Theory]
    [InlineData("._", "*._*")]
    [InlineData(".DS_Store", ".DS_Store*")]
    [InlineData(".tmp", ".tmp*")]
    [InlineData("temp", "*temp*")]
    [InlineData("backup_", "*backup_*")]
    [InlineData("*.bak", "*.bak")]
    [InlineData("run?", "run?")]
    [InlineData("~", "*~*")]
    public void To_ignore_glob_follows_the_substring_to_glob_rules(string substring, string glob) =>
        Assert.Equal(glob, FilterMerge.ToIgnoreGlob(substring));

    [Fact]
    public void Ignore_globs_project_first_then_experiment_repeats_dropped() =>
        Assert.Equal(["*._*", "*temp*", "*failed*"], FilterMerge.IgnoreGlobs(["._", "temp"], ["failed", "temp"]));

    [Fact]
    public void Mandatory_substrings_project_first_then_experiment() =>
        Assert.Equal(["exp", "plume", "tracking"], FilterMerge.MandatorySubstrings(["exp"], ["plume", "tracking", "exp"]));

    [Fact]
    public void Extraction_patterns_lowest_precedence_first_first_occurrence_kept() =>
        Assert.Equal(["f", "p", "e", "d"], FilterMerge.ExtractionPatterns(["f"], ["p", "f"], ["e"], ["d", "p"]));

    [Fact]
    public void Clean_trims_and_drops_blanks() =>
        Assert.Equal(["a", "b c"], FilterMerge.Clean([" a ", "", null, "  ", "b c"]));
}
