using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Regression.Interleaved;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression.Interleaved;

public sealed class InterleavedExecutorTests
{
    [Fact]
    public void Passes_both_builds_every_method_and_the_configured_pairs_and_batch_length()
    {
        var args = InterleavedExecutor.Arguments("r.dll", "a.dll", "b.dll", ["N.T.M", "N.T.K"], new GateConfig { AbPairs = 40, AbBatchMilliseconds = 12.5 }, "out.json");

        Assert.Equal(["r.dll", "--a", "a.dll", "--b", "b.dll", "--out", "out.json", "--pairs", "40", "--batch-ms", "12.5", "--first", "A", "--method", "N.T.M", "--method", "N.T.K"], args);
    }

    [Fact]
    public void A_launch_told_to_put_B_first_says_so_to_the_runner()
    {
        var args = InterleavedExecutor.Arguments("r.dll", "a.dll", "b.dll", ["N.T.M"], new GateConfig(), "out.json", bFirst: true);

        Assert.Equal(["--first", "B"], args.SkipWhile(a => a != "--first").Take(2));
    }

    [Fact]
    public void Without_the_executors_sources_or_build_it_fails_closed_naming_both()
    {
        using var root = new TempDirectory();
        var paths = new BuildPaths(root.Path);

        var e = Assert.Throws<GateInputException>(() => InterleavedExecutor.Run(paths, "a.dll", "b.dll", ["N.T.M"], "smoke", new GateConfig(), root.Path, TextWriter.Null, MeasuringRuntime.Steady));

        Assert.Contains("no interleaved executor", e.Message, StringComparison.Ordinal);
        Assert.Contains(paths.InterleavingRunner, e.Message, StringComparison.Ordinal);
    }
}
