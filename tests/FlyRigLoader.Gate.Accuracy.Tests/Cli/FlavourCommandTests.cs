using FlyRigLoader.Gate.Accuracy.Cli;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Accuracy.Tests.Cli;

public sealed class FlavourCommandTests
{
    [Theory]
    [InlineData("--target-benchmark=*X*", "--root and --target-benchmark are required")]
    [InlineData("--root=.", "--root and --target-benchmark are required")]
    [InlineData("--root=. --target-benchmark=*X* --speed=2", "unknown option --speed")]
    public void Missing_or_unknown_options_are_exit_2(string args, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, AccuracyCommand.Run(["flavour", .. args.Split(' ')], output, error));
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void A_target_that_matches_no_benchmark_of_the_suite_is_exit_2_naming_it()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = AccuracyCommand.Run(["flavour", "--root=" + RepoRoot.Path, "--target-benchmark=*NoSuchBenchmarks.Load*", "--factor=1.5"], output, error);

        Assert.Equal(2, code);
        Assert.Contains("*NoSuchBenchmarks.Load*: no [Benchmark] method", error.ToString(), StringComparison.Ordinal);
    }
}
