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
    public void ToIgnoreGlob_FollowsTheSubstringToGlobRules(string substring, string glob) =>
        Assert.Equal(glob, FilterMerge.ToIgnoreGlob(substring));

    [Fact]
    public void IgnoreGlobs_ProjectFirstThenExperiment_RepeatsDropped() =>
        Assert.Equal(["*._*", "*temp*", "*failed*"], FilterMerge.IgnoreGlobs(["._", "temp"], ["failed", "temp"]));

    [Fact]
    public void MandatorySubstrings_ProjectFirstThenExperiment() =>
        Assert.Equal(["exp", "plume", "tracking"], FilterMerge.MandatorySubstrings(["exp"], ["plume", "tracking", "exp"]));

    [Fact]
    public void ExtractionPatterns_LowestPrecedenceFirst_FirstOccurrenceKept() =>
        Assert.Equal(["f", "p", "e", "d"], FilterMerge.ExtractionPatterns(["f"], ["p", "f"], ["e"], ["d", "p"]));

    [Fact]
    public void Clean_TrimsAndDropsBlanks() =>
        Assert.Equal(["a", "b c"], FilterMerge.Clean([" a ", "", null, "  ", "b c"]));
}
