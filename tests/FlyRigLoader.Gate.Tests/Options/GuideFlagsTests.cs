using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Tests.Options;

/// <summary>A command copied from the suite guide runs: each of its flags is mapped or explained, never silently dropped.</summary>
public sealed class GuideFlagsTests
{
    /// <summary>The guide's run_benchmarks.py flags that have no option of the same name here (issue 18's list).</summary>
    public static readonly TheoryData<string> GuideOnlyFlags = new(
        "deep-structures", "pattern-focus", "vectorized-focus", "memory-efficiency", "hierarchical-focus", "leak-detection", "large-datasets",
        "cross-platform-baselines", "platform-optimization", "limited-memory-analysis", "system-monitoring", "minimal-artifacts",
        "split-artifacts", "debug-mode", "trace-execution", "memory-debugging", "verify-setup");

    private static OptionParseResult Parse(params (string Name, string Value)[] args) =>
        OptionParser.Parse(args.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(a => a.Value)]), new Dictionary<string, string?>());

    [Theory]
    [MemberData(nameof(GuideOnlyFlags))]
    public void Every_guide_flag_is_accepted_with_one_notice_naming_it(string flag)
    {
        var result = Parse((flag, string.Empty));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.StartsWith("--" + flag + ": ", Assert.Single(result.Notices), StringComparison.Ordinal);
    }

    [Fact]
    public void Valued_guide_flags_are_accepted_and_validated()
    {
        Assert.True(Parse(("memory-backend", "psutil")).IsValid);
        var tolerance = Parse(("memory-tolerance", "200"));
        Assert.Equal(200, tolerance.Options!.MemoryToleranceMb);
        Assert.True(tolerance.Options.MemoryProfiling);

        var bad = Parse(("memory-tolerance", "lots"));
        Assert.False(bad.IsValid);
        Assert.Contains("--memory-tolerance=lots must be a positive whole number", Assert.Single(bad.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Mapped_flags_change_the_options_they_name()
    {
        Assert.True(Parse(("verify-setup", string.Empty)).Options!.EnvironmentAnalysis);
        Assert.Equal("large", Parse(("large-datasets", string.Empty)).Options!.EffectiveProfile);
        Assert.Equal("*ConfigMerge*", Parse(("hierarchical-focus", string.Empty)).Options!.Filter);
        Assert.Equal(["discovery"], Parse(("deep-structures", string.Empty)).Options!.Categories);
        Assert.True(Parse(("leak-detection", string.Empty)).Options!.MemoryProfiling);
        var minimal = Parse(("minimal-artifacts", string.Empty), ("report-artifacts", string.Empty)).Options!;
        Assert.False(minimal.ReportArtifacts);
    }

    [Fact]
    public void This_builds_own_options_win_over_a_guide_flag_that_overlaps()
    {
        Assert.Equal("*Mine*", Parse(("pattern-focus", string.Empty), ("filter", "*Mine*")).Options!.Filter);
        Assert.Equal("smoke", Parse(("large-datasets", string.Empty), ("profile", "smoke")).Options!.EffectiveProfile);
    }

    [Fact]
    public void A_typo_of_a_guide_flag_still_exits_with_the_valid_choices()
    {
        var result = Parse(("pattern-focuss", string.Empty));

        Assert.False(result.IsValid);
        Assert.Contains("--pattern-focus", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Guide_flags_never_shadow_an_option_of_this_build()
    {
        Assert.All(GuideFlags.All, f => Assert.Null(KnownOptions.Find(f.Name)));
    }

    [Fact]
    public void The_memory_tolerance_reaches_the_leak_check_command_line()
    {
        var options = Parse(("memory-tolerance", "200")).Options!;

        Assert.Equal(
            ["--profile", "default", "--leak-check", "leak.json", "--leak-managed-slope-mb", "1", "--leak-alpha", "0.01", "--memory-tolerance-mb", "200"],
            FlyRigLoader.Gate.Pipeline.BdnArguments.LeakCheck(options, "leak.json", new FlyRigLoader.Gate.Regression.GateConfig()));
        Assert.True(FlyRigLoader.Gate.Pipeline.BdnArguments.WantsLeakCheck(options));
    }
}
