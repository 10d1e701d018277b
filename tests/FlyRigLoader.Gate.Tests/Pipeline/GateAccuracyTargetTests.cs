using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Pipeline;

namespace FlyRigLoader.Gate.Tests.Pipeline;

public sealed class GateAccuracyTargetTests
{
    private static BuildOptions Parse(params string[] args)
    {
        var parsed = OptionParser.Parse(
            args.Select(a => a[2..].Split('=', 2)).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Length > 1 ? p[1] : "")]),
            new Dictionary<string, string?>());
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        return parsed.Options!;
    }

    [Fact]
    public void The_defaults_reach_the_tool_as_ten_trials_five_baseline_runs_and_the_default_profile()
    {
        Assert.Equal(["--profile=default", "--trials=10", "--baseline-runs=5"], GateAccuracyTarget.Arguments(new BuildOptions()));
    }

    [Fact]
    public void Every_option_the_tool_takes_reaches_it_and_reads_back_the_same()
    {
        var options = Parse("--smoke-test", "--trials=3", "--experiments=inject125,aa", "--target-benchmark=*PickleSmokeBenchmarks.LoadStandardPickle*",
            "--baseline-runs=2", "--filter=*Smoke*", "--category=config,discovery", "--require-bars", "--confirm", "--allow-unsettled", "--verbose");

        var args = GateAccuracyTarget.Arguments(options);
        var again = Parse([.. args]);

        Assert.Equal(
            ["--profile=smoke", "--trials=3", "--baseline-runs=2", "--experiments=inject125,aa", "--target-benchmark=*PickleSmokeBenchmarks.LoadStandardPickle*",
             "--filter=*Smoke*", "--category=config,discovery", "--require-bars", "--confirm", "--allow-unsettled", "--verbose"],
            args);
        Assert.Equal(
            (options.EffectiveProfile, options.Trials, options.BaselineRuns, options.TargetBenchmark, options.Filter, options.RequireBars, options.Confirm, options.AllowUnsettled, options.Verbose),
            (again.EffectiveProfile, again.Trials, again.BaselineRuns, again.TargetBenchmark, again.Filter, again.RequireBars, again.Confirm, again.AllowUnsettled, again.Verbose));
        Assert.Equal(options.Experiments, again.Experiments);
        Assert.Equal(options.Categories, again.Categories);
    }

    [Fact]
    public void Experiments_all_means_every_experiment_and_is_not_passed_on()
    {
        var options = Parse("--experiments=aa,all");

        Assert.Empty(options.Experiments);
        Assert.DoesNotContain(GateAccuracyTarget.Arguments(options), a => a.StartsWith("--experiments", StringComparison.Ordinal));
    }
}
