using FlyRigLoader.Gate.Contracts.CommandLine;

namespace FlyRigLoader.Gate.Contracts.Tests.CommandLine;

public sealed class OptionErrorsTests
{
    private static IReadOnlyList<string> Check(params string[] args) =>
        OptionErrors.Check(OptionTokens.Read(args, spaced: ["current"]).Options!, ["current", "threshold"], ["ci-mode"]);

    [Fact]
    public void Known_options_with_good_values_have_no_problem()
    {
        Assert.Empty(Check("--current", "dir", "--threshold=0.2", "--ci-mode", "--ci-mode=false"));
    }

    [Fact]
    public void An_unknown_option_is_named_with_every_valid_option()
    {
        Assert.Equal(["unknown option --colour; valid options: --current, --threshold, --ci-mode"], Check("--colour=red"));
    }

    [Fact]
    public void Names_compare_exactly()
    {
        Assert.Equal(["unknown option --Current; valid options: --current, --threshold, --ci-mode"], Check("--Current=x"));
    }

    [Theory]
    [InlineData("--threshold")]
    [InlineData("--threshold= ")]
    [InlineData("--current")]
    public void A_value_option_without_a_value_needs_one(string argument)
    {
        var name = argument[2..].Split('=')[0];

        Assert.Equal([$"--{name} needs a value"], Check(argument));
    }

    [Fact]
    public void A_flag_with_a_value_other_than_true_or_false_is_a_bad_value()
    {
        Assert.Equal(["--ci-mode=yes expects no value, true or false"], Check("--ci-mode=yes"));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        Assert.Equal(2, Check("--x=1", "--y=2").Count);
    }

    [Fact]
    public void A_bad_choice_lists_the_valid_choices()
    {
        Assert.Equal("--profile=huge is not a valid choice; valid choices: default, smoke, large",
            OptionErrors.BadValue("profile", "huge", "is not a valid choice", ["default", "smoke", "large"]));
        Assert.Equal("--pairs=0 must be a positive whole number", OptionErrors.BadValue("pairs", "0", "must be a positive whole number"));
    }
}
