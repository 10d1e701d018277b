using FlyRigLoader.Gate.Accuracy.Cli;
using FlyRigLoader.Gate.Contracts.CommandLine;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Accuracy.Tests.Cli;

/// <summary>Options are checked before anything is built or run: every problem is named and the exit code is 2.</summary>
public sealed class GateAccuracyCommandTests
{
    private static readonly string Root = "--root=" + RepoRoot.Path;

    private static (int Code, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = AccuracyCommand.Run(["gate-accuracy", .. args], output, error);
        Assert.Equal("", output.ToString());
        return (code, error.ToString());
    }

    [Theory]
    [InlineData("--trials=0", "--trials=0 must be a positive whole number")]
    [InlineData("--trials=ten", "--trials=ten must be a positive whole number")]
    [InlineData("--baseline-runs=-1", "--baseline-runs=-1 must be a positive whole number")]
    [InlineData("--experiments=aa,inject150", "--experiments=aa,inject150 contains an invalid choice; usage: --experiments=spread|aa|inject125|inject110|alloc|neighbour|against-aa|against110|all")]
    [InlineData("--profile=huge", "--profile=huge is not a valid choice")]
    [InlineData("--trials=101", "--trials: must be between 1 and 100, not 101")]
    [InlineData("--target-benchmark=*", "--target-benchmark: '*' names no benchmark")]
    [InlineData("--require-bars=maybe", "--require-bars=maybe expects no value, true or false")]
    [InlineData("--tirals=3", "unknown option --tirals")]
    [InlineData("trials", "unexpected argument 'trials'")]
    public void A_bad_option_is_exit_2_with_an_error_naming_it(string argument, string message)
    {
        var (code, error) = Run(Root, argument);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("usage: gate-accuracy", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_option_is_reported_at_once()
    {
        var (code, error) = Run(Root, "--trials=0", "--profile=huge");

        Assert.Equal(2, code);
        Assert.Contains("--trials=0", error, StringComparison.Ordinal);
        Assert.Contains("--profile=huge", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_that_is_not_the_repository_is_refused()
    {
        using var dir = new TempDirectory();

        var (code, error) = Run("--root=" + dir.Path);

        Assert.Equal(2, code);
        Assert.Contains("is not the repository root (no FlyRigLoader.sln there)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_options_make_the_plan_they_describe()
    {
        using var error = new StringWriter();

        var planned = GateAccuracyCommand.Plan(
            [Root, "--trials=3", "--experiments=inject110,AA", "--profile=smoke", "--target-benchmark=*PickleSmokeBenchmarks.LoadStandardPickle*", "--baseline-runs=2", "--require-bars"], error);

        Assert.Equal("", error.ToString());
        var (plan, paths) = planned!.Value;
        Assert.Equal(RepoRoot.Path, paths.Root);
        Assert.Equal(["aa", "inject110"], plan.Experiments.Select(e => e.Name));
        Assert.Equal((3, 2, "*PickleSmokeBenchmarks.LoadStandardPickle*", "smoke", true), (plan.Trials, plan.BaselineRuns, plan.Target, plan.Options.EffectiveProfile, plan.Options.RequireBars));
    }

    [Fact]
    public void Options_are_read_as_name_value_pairs_and_bare_flags()
    {
        var (options, error) = OptionTokens.Read(["--trials=3", "--verbose", "--filter=*a=b*", "--category=config", "--category=discovery"]);

        Assert.Null(error);
        Assert.Equal(["3"], options!["trials"]);
        Assert.Equal([""], options["verbose"]);
        Assert.Equal(["*a=b*"], options["filter"]);
        Assert.Equal(["config", "discovery"], options["category"]);
        Assert.Equal("unexpected argument '--'; options are written --name=value", OptionTokens.Read(["--"]).Error);
    }

    [Fact]
    public void An_unknown_command_and_no_command_are_exit_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, AccuracyCommand.Run(["gate-acuracy"], output, error));
        Assert.Contains("valid commands: gate-accuracy, flavour, burn, replay-accuracy", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, AccuracyCommand.Run([], output, error));
        Assert.Contains("usage: gate-accuracy", output.ToString(), StringComparison.Ordinal);
    }
}
