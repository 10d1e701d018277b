using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Tests.Options;

/// <summary>The option parser is the single gate for CLI input: every bad value must be refused with its valid choices.</summary>
public sealed class OptionParserTests
{
    private static readonly Dictionary<string, string?> NoEnv = [];

    private static OptionParseResult Parse(params (string Name, string Value)[] args) =>
        OptionParser.Parse(
            args.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(a => a.Value)]),
            NoEnv);

    [Fact]
    public void Parse_no_arguments_gives_defaults()
    {
        var result = Parse();

        Assert.True(result.IsValid);
        var o = result.Options!;
        Assert.Equal("Release", o.Configuration);
        Assert.Equal("default", o.EffectiveProfile);
        Assert.Empty(o.Categories);
        Assert.False(o.CiMode);
        Assert.Null(o.Timeout);
        Assert.Null(o.Launches);
    }

    [Fact]
    public void Parse_cake_owned_options_are_ignored()
    {
        Assert.True(Parse(("target", "Test"), ("verbosity", "diagnostic"), ("dryrun", "")).IsValid);
    }

    [Theory]
    [InlineData("profile", "bogus", "default|smoke|large")]
    [InlineData("category", "data-loading,nope", "data-loading|discovery|transformation|config|memory|memory-intensive|all")]
    [InlineData("timeout", "-5", "--timeout=<n>")]
    [InlineData("timeout", "ten", "--timeout=<n>")]
    [InlineData("launches", "0", "must be a positive whole number; usage: --launches=<n>")]
    [InlineData("launches", "three", "must be a positive whole number; usage: --launches=<n>")]
    [InlineData("launches", "2.5", "--launches=<n>")]
    [InlineData("threshold", "0,15", "--threshold=<number>")]
    [InlineData("smoke-test", "maybe", "--smoke-test")]
    [InlineData("shard", "3/2", "k/n")]
    [InlineData("configuration", "Fast", "Release|Debug")]
    [InlineData("trials", "0", "--trials=<n>")]
    [InlineData("baseline-runs", "five", "--baseline-runs=<n>")]
    [InlineData("experiments", "aa,inject150", "spread|aa|inject125|inject110|alloc|neighbour|against-aa|against110|all")]
    [InlineData("target-benchmark", "", "--target-benchmark=<value>")]
    [InlineData("require-bars", "maybe", "--require-bars")]
    public void Parse_invalid_value_reports_usage(string name, string value, string expectedInMessage)
    {
        var result = Parse((name, value));

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Contains($"--{name}={value}", error, StringComparison.Ordinal);
        Assert.Contains(expectedInMessage, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_no_verdict_is_off_unless_asked_for_so_ci_fails_closed()
    {
        Assert.False(Parse().Options!.AcceptNoVerdict);
        Assert.False(OptionParser.Parse(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string?> { ["CI"] = "true" }).Options!.AcceptNoVerdict);
        Assert.True(Parse(("accept-no-verdict", "")).Options!.AcceptNoVerdict);
        Assert.False(Parse(("accept-no-verdict", "false")).Options!.AcceptNoVerdict);
    }

    [Fact]
    public void Parse_bare_flag_as_cake_passes_it_is_true()
    {
        var result = OptionParser.Parse(new Dictionary<string, IReadOnlyList<string>> { ["dry-run"] = [null!] }, NoEnv);

        Assert.True(result.Options!.DryRun);
    }

    [Fact]
    public void Parse_unknown_option_lists_valid_options()
    {
        var result = Parse(("smoke", ""), ("profile", "x"));

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Contains("unknown option --smoke", StringComparison.Ordinal) && e.Contains("--smoke-test", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_categories_repeated_and_comma_separated_are_merged_case_insensitively()
    {
        var result = Parse(("category", "Config,discovery"), ("category", "config"));

        Assert.Equal(["config", "discovery"], result.Options!.Categories);
    }

    [Fact]
    public void Parse_category_all_means_no_restriction()
    {
        Assert.Empty(Parse(("category", "config,all")).Options!.Categories);
    }

    [Fact]
    public void Parse_typed_values_are_converted_invariantly()
    {
        var o = Parse(("timeout", "90"), ("threshold", "0.2"), ("shard", "2/3"), ("smoke-test", ""), ("profile", "LARGE"), ("launches", "4")).Options!;

        Assert.Equal(TimeSpan.FromSeconds(90), o.Timeout);
        Assert.Equal(4, o.Launches);
        Assert.Equal(0.2, o.Threshold);
        Assert.Equal(new Shard(2, 3), o.Shard);
        Assert.Equal("large", o.Profile);
        Assert.Equal("smoke", o.EffectiveProfile);
    }

    [Fact]
    public void Parse_reads_the_good_and_bad_refs_of_Bisect_as_given()
    {
        var o = Parse(("good", "v1.2^"), ("bad", "HEAD~3")).Options!;

        Assert.Equal(("v1.2^", "HEAD~3"), (o.Good, o.Bad));
        Assert.False(Parse(("good", "")).IsValid);
    }

    [Fact]
    public void Parse_ci_environment_turns_on_ci_mode_unless_disabled()
    {
        var env = new Dictionary<string, string?> { ["CI"] = "true" };

        Assert.True(OptionParser.Parse(new Dictionary<string, IReadOnlyList<string>>(), env).Options!.CiMode);
        Assert.False(OptionParser.Parse(new Dictionary<string, IReadOnlyList<string>> { ["ci-mode"] = ["false"] }, env).Options!.CiMode);
    }

    [Fact]
    public void Parse_step_summary_environment_is_the_only_place_it_is_read()
    {
        var none = new Dictionary<string, IReadOnlyList<string>>();

        Assert.Equal("/tmp/summary.md", OptionParser.Parse(none, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = "/tmp/summary.md" }).Options!.StepSummaryPath);
        Assert.Null(OptionParser.Parse(none, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = "" }).Options!.StepSummaryPath);
        Assert.Null(OptionParser.Parse(none, new Dictionary<string, string?>()).Options!.StepSummaryPath);
    }

    [Fact]
    public void Known_options_names_are_unique()
    {
        Assert.Equal(KnownOptions.All.Count, KnownOptions.All.Select(o => o.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Anchor_alone_pins_with_a_value_it_names_a_label_or_commit_and_anchor_label_pins_under_its_label()
    {
        var bare = Parse(("anchor", "")).Options!;
        var named = Parse(("anchor", "v1.2")).Options!;
        var labelled = Parse(("anchor-label", "v2"), ("fail-on-creep", "")).Options!;
        var none = Parse().Options!;

        Assert.True(bare.PinAnchor);
        Assert.Null(bare.PinLabel);
        Assert.Null(bare.AnchorReference);
        Assert.True(named.PinAnchor);
        Assert.Equal("v1.2", named.PinLabel);
        Assert.Equal("v1.2", named.AnchorReference);
        Assert.True(labelled.PinAnchor);
        Assert.Equal("v2", labelled.PinLabel);
        Assert.True(labelled.FailOnCreep);
        Assert.False(none.PinAnchor);
        Assert.False(none.FailOnCreep);
        Assert.False(Parse(("anchor-label", "")).IsValid);
    }
}
