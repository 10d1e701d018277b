using FlyRigLoader.Gate.Contracts.CommandLine;

namespace FlyRigLoader.Gate.Contracts.Tests.CommandLine;

public sealed class OptionTokensTests
{
    [Fact]
    public void Values_are_kept_in_order_under_names_that_ignore_case_and_a_bare_flag_has_an_empty_value()
    {
        var (options, error) = OptionTokens.Read(["--method=A", "--Method=B", "--details", "--x=a=b"]);

        Assert.Null(error);
        Assert.Equal(["A", "B"], options!["method"]);
        Assert.Equal([string.Empty], options["details"]);
        Assert.Equal(["a=b"], options["x"]);
    }

    [Fact]
    public void A_spaced_option_takes_the_next_argument_as_its_value_and_others_do_not()
    {
        var (options, error) = OptionTokens.Read(["--current", "dir", "--ci-mode", "--threshold=0.2"], spaced: ["current", "threshold"]);

        Assert.Null(error);
        Assert.Equal(["dir"], options!["current"]);
        Assert.Equal([string.Empty], options["ci-mode"]);
        Assert.Equal(["0.2"], options["threshold"]);
    }

    [Fact]
    public void Where_values_are_spaced_an_unknown_option_takes_the_next_non_option_so_it_is_named()
    {
        var (options, error) = OptionTokens.Read(["--bogus", "1", "--flag", "--a", "x"], spaced: ["a"]);

        Assert.Null(error);
        Assert.Equal(["1"], options!["bogus"]);
        Assert.Equal([string.Empty], options["flag"]);
        Assert.Equal(["x"], options["a"]);
        Assert.Equal("unexpected argument '1'; options are written --name=value", OptionTokens.Read(["--bogus", "1"]).Error);
    }

    [Fact]
    public void A_spaced_option_last_on_the_line_has_an_empty_value()
    {
        var (options, _) = OptionTokens.Read(["--current"], spaced: ["current"]);

        Assert.Equal([string.Empty], options!["current"]);
    }

    [Theory]
    [InlineData("trials")]
    [InlineData("--")]
    [InlineData("-x")]
    public void An_argument_that_is_not_an_option_is_named_in_the_error(string argument)
    {
        var (options, error) = OptionTokens.Read(["--a=1", argument]);

        Assert.Null(options);
        Assert.Equal($"unexpected argument '{argument}'; options are written --name=value", error);
    }

    [Theory]
    [InlineData(new[] { "--f" }, true)]
    [InlineData(new[] { "--f=true" }, true)]
    [InlineData(new[] { "--f=FALSE" }, false)]
    [InlineData(new[] { "--f=false", "--f" }, true)]
    [InlineData(new[] { "--g" }, false)]
    public void A_flag_is_on_when_given_bare_or_with_any_last_value_but_false(string[] args, bool on)
    {
        Assert.Equal(on, OptionTokens.Flag(OptionTokens.Read(args).Options!, "f"));
    }

    [Fact]
    public void Last_is_the_last_value_given_or_null()
    {
        var options = OptionTokens.Read(["--a=1", "--a=2"]).Options!;

        Assert.Equal(("2", null), (OptionTokens.Last(options, "a"), OptionTokens.Last(options, "b")));
    }
}
