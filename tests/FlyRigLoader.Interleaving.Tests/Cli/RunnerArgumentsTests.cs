using FlyRigLoader.Interleaving.Cli;

namespace FlyRigLoader.Interleaving.Tests.Cli;

public sealed class RunnerArgumentsTests
{
    [Fact]
    public void Parses_builds_methods_and_settings()
    {
        var parsed = RunnerArguments.Parse(["--a", "a.dll", "--b", "b.dll", "--method", "N.T.M", "--method", "N.T.K", "--out", "r.json", "--pairs", "40", "--batch-ms", "10.5"]);

        Assert.Equal(("a.dll", "b.dll", "r.json"), (parsed.SuiteA, parsed.SuiteB, parsed.Output));
        Assert.Equal(["N.T.M", "N.T.K"], parsed.Methods);
        Assert.Equal((40, 10.5), (parsed.Settings.Pairs, parsed.Settings.BatchMilliseconds));
        Assert.False(parsed.Settings.BFirst);
    }

    [Theory]
    [InlineData("A", false)]
    [InlineData("B", true)]
    public void First_names_the_side_that_is_loaded_set_up_and_measured_first(string side, bool bFirst)
    {
        var parsed = RunnerArguments.Parse(["--a", "a", "--b", "b", "--method", "N.T.M", "--out", "o", "--first", side]);

        Assert.Equal(bFirst, parsed.Settings.BFirst);
    }

    [Theory]
    [InlineData("--pairs", "0", "not a positive integer")]
    [InlineData("--pairs", "2.5", "not a positive integer")]
    [InlineData("--batch-ms", "fast", "not a positive number")]
    [InlineData("--bogus", "1", "unknown option")]
    [InlineData("--max-warmup-ms", "10", "must not be below --min-warmup-ms")]
    [InlineData("--first", "C", "must be A or B")]
    public void Rejects_bad_values_naming_the_option(string option, string value, string expected)
    {
        var e = Assert.Throws<InterleavingException>(() => RunnerArguments.Parse(["--a", "a", "--b", "b", "--method", "N.T.M", "--out", "o", option, value]));

        Assert.Contains(option, e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requires_both_builds_an_output_and_a_method()
    {
        Assert.Contains("required", Assert.Throws<InterleavingException>(() => RunnerArguments.Parse(["--a", "a", "--b", "b", "--out", "o"])).Message, StringComparison.Ordinal);
        Assert.Contains("needs a value", Assert.Throws<InterleavingException>(() => RunnerArguments.Parse(["--a"])).Message, StringComparison.Ordinal);
    }
}
