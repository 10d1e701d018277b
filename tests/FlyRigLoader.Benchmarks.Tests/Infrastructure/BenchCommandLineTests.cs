using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.Infrastructure;

public sealed class BenchCommandLineTests
{
    [Fact]
    public void Own_options_are_taken_and_the_rest_passes_through_in_order()
    {
        var (options, error) = BenchCommandLine.Parse(["--profile", "smoke", "--filter", "*Load*", "--categories=config,discovery", "--data-dir", "/tmp/d", "--exporters", "json"]);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(BenchmarkProfile.Smoke, options.Profile);
        Assert.Equal(["config", "discovery"], options.Categories);
        Assert.Equal("/tmp/d", options.DataDirectory);
        Assert.Null(options.LeakCheckOutput);
        Assert.Equal(["--filter", "*Load*", "--exporters", "json"], options.SwitcherArguments);
    }

    [Fact]
    public void The_memory_intensive_tag_is_accepted_as_a_category()
    {
        var (options, error) = BenchCommandLine.Parse(["--categories", "memory-intensive"]);

        Assert.Null(error);
        Assert.Equal([Categories.MemoryIntensive], options!.Categories);
    }

    [Fact]
    public void Leak_check_takes_its_output_path()
    {
        var (options, _) = BenchCommandLine.Parse(["--leak-check", "out/leak.json"]);
        Assert.Equal("out/leak.json", options!.LeakCheckOutput);
        Assert.Equal(BenchmarkProfile.Default, options.Profile);
    }

    [Fact]
    public void Launch_iterations_and_reverse_order_are_the_suites_own()
    {
        var (options, error) = BenchCommandLine.Parse(["--launch-iterations=5", "--reverse-order", "--filter", "*"]);

        Assert.Null(error);
        Assert.Equal(5, options!.LaunchIterations);
        Assert.True(options.ReverseOrder);
        Assert.Equal(["--filter", "*"], options.SwitcherArguments);
        Assert.Null(BenchCommandLine.Parse(["--filter", "*"]).Options!.LaunchIterations);
        Assert.False(BenchCommandLine.Parse(["--filter", "*"]).Options!.ReverseOrder);
    }

    [Theory]
    [InlineData("--launch-iterations", "0", "--launch-iterations '0' is not a positive whole number")]
    [InlineData("--launch-iterations", "five", "--launch-iterations 'five' is not a positive whole number")]
    [InlineData("--launch-iterations", "-3", "--launch-iterations '-3' is not a positive whole number")]
    [InlineData("--profile", "turbo", "turbo")]
    [InlineData("--categories", "data-loading,io", "io")]
    [InlineData("--profile", "--filter", "needs a value")]
    public void Bad_values_are_rejected_with_a_message_naming_them(string option, string value, string expectedFragment)
    {
        var (options, error) = BenchCommandLine.Parse([option, value]);
        Assert.Null(options);
        Assert.Contains(expectedFragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_value_at_the_end_is_an_error() =>
        Assert.NotNull(BenchCommandLine.Parse(["--data-dir"]).Error);

    [Fact]
    public void All_category_means_no_filter() =>
        Assert.Empty(BenchCommandLine.Parse(["--categories", "config,all"]).Options!.Categories);

    [Fact]
    public void A_filter_is_added_only_when_none_was_given()
    {
        var bare = BenchCommandLine.Parse(["--list", "flat"]).Options!;
        var filtered = BenchCommandLine.Parse(["--filter=*Config*"]).Options!;

        Assert.Equal(["--list", "flat", "--filter", "*"], BenchCommandLine.SwitcherArguments(bare));
        Assert.Equal(["--filter=*Config*"], BenchCommandLine.SwitcherArguments(filtered));
        Assert.True(bare.IsInformational);
        Assert.False(filtered.IsInformational);
    }

    [Fact]
    public void Memory_tolerance_is_a_positive_number_of_megabytes()
    {
        Assert.Equal(200, BenchCommandLine.Parse(["--leak-check", "out.json", "--memory-tolerance-mb", "200"]).Options!.MemoryToleranceMb);
        Assert.Contains("--memory-tolerance-mb 'lots'", BenchCommandLine.Parse(["--memory-tolerance-mb", "lots"]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_leak_rule_limits_reach_the_rule_and_bad_ones_are_refused()
    {
        var rule = BenchCommandLine.Parse(["--leak-check", "out.json", "--leak-managed-slope-mb", "2.5", "--leak-alpha=0.05", "--memory-tolerance-mb", "200"]).Options!.LeakRule;

        Assert.Equal(new FlyRigLoader.Benchmarks.LeakCheck.LeakRule(200, 2.5, 0.05), rule);
        Assert.Equal(FlyRigLoader.Benchmarks.LeakCheck.LeakRule.Default, BenchCommandLine.Parse(["--leak-check", "out.json"]).Options!.LeakRule);
        Assert.Contains("--leak-alpha '1.5'", BenchCommandLine.Parse(["--leak-alpha", "1.5"]).Error, StringComparison.Ordinal);
        Assert.Contains("--leak-managed-slope-mb '-1'", BenchCommandLine.Parse(["--leak-managed-slope-mb=-1"]).Error, StringComparison.Ordinal);
    }
}
