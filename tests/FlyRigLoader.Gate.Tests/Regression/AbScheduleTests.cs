using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class AbScheduleTests
{
    private static readonly string[] Methods = ["N.T.One", "N.T.Two", "N.U.Three"];

    [Fact]
    public void Every_method_runs_once_per_side_and_round_with_its_pair_adjacent()
    {
        var steps = AbSchedule.Steps(Methods, 3);

        Assert.Equal(Methods.Length * 3 * 2, steps.Count);
        for (var i = 0; i < steps.Count; i += 2)
        {
            Assert.Equal(steps[i].Method, steps[i + 1].Method);
            Assert.Equal(steps[i].Round, steps[i + 1].Round);
            Assert.NotEqual(steps[i].Side, steps[i + 1].Side);
        }
    }

    [Fact]
    public void Which_side_goes_first_alternates_by_method_and_by_round()
    {
        var steps = AbSchedule.Steps(Methods, 2);
        var firsts = steps.Where((_, i) => i % 2 == 0).Select(s => s.Side).ToArray();

        Assert.Equal(['A', 'B', 'A', 'B', 'A', 'B'], firsts);
    }

    [Fact]
    public void Rejects_zero_rounds() => Assert.Throws<ArgumentOutOfRangeException>(() => AbSchedule.Steps(Methods, 0));

    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile", true)]
    [InlineData("// Benchmark Process Environment Information:", false)]
    [InlineData("BenchmarkDotNet v0.15.8", false)]
    [InlineData("Warning:", false)]
    [InlineData(".Leading", false)]
    public void Listing_keeps_only_method_lines(string line, bool kept) => Assert.Equal(kept, BenchmarkExecutable.IsMethodName(line));
}
