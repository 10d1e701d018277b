using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Tests.Options;

public sealed class RunTimeoutTests
{
    private static BuildOptions Parse(params (string Name, string Value)[] args) =>
        OptionParser.Parse(args.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(a => a.Value)]), new Dictionary<string, string?>()).Options!;

    [Fact]
    public void Without_timeout_options_every_category_gets_the_guides_1800_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(5 * 1800), Parse().EffectiveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5 * 1800), Parse(("category", "all")).EffectiveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2 * 1800), Parse(("category", "config,discovery")).EffectiveTimeout);
    }

    [Fact]
    public void The_memory_intensive_tag_is_a_category_choice_with_its_own_share_that_all_does_not_count()
    {
        var (options, error) = OptionParser.Parse(new Dictionary<string, IReadOnlyList<string>> { ["category"] = ["memory-intensive"] }, new Dictionary<string, string?>());

        Assert.Empty(error);
        Assert.Equal(["memory-intensive"], options!.Categories);
        Assert.Equal(TimeSpan.FromSeconds(1800), options.EffectiveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5 * 1800), Parse(("category", "all")).EffectiveTimeout);
    }

    [Fact]
    public void Category_timeout_sets_each_categorys_share_and_timeout_overrides_both()
    {
        Assert.Equal(TimeSpan.FromSeconds(600), Parse(("category", "memory"), ("category-timeout", "600")).EffectiveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2400), Parse(("category-timeout", "600"), ("timeout", "2400")).EffectiveTimeout);
    }

    [Fact]
    public void A_category_timeout_that_is_not_a_positive_number_is_refused()
    {
        var result = OptionParser.Parse(new Dictionary<string, IReadOnlyList<string>> { ["category-timeout"] = ["0"] }, new Dictionary<string, string?>());
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Category_timeout_pairs_set_each_named_categorys_share_and_a_bare_number_the_rest()
    {
        Assert.Equal(TimeSpan.FromSeconds(3600 + 1800), Parse(("category", "discovery,config"), ("category-timeout", "discovery=3600")).EffectiveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3600 + 600), Parse(("category", "discovery,config"), ("category-timeout", "600,Discovery=3600")).EffectiveTimeout);
        Assert.Equal(TimeSpan.FromSeconds((4 * 600) + 3600), Parse(("category-timeout", "memory=3600, 600")).EffectiveTimeout);
        // A pair for a category that is not selected adds nothing.
        Assert.Equal(TimeSpan.FromSeconds(1800), Parse(("category", "config"), ("category-timeout", "discovery=3600")).EffectiveTimeout);
    }

    [Theory]
    [InlineData("discovery=0")]
    [InlineData("nosuch=60")]
    [InlineData("all=60")]
    [InlineData("discovery=60,discovery=120")]
    [InlineData("60,120")]
    [InlineData("discovery=")]
    [InlineData("60,")]
    public void A_malformed_category_timeout_is_refused_with_the_accepted_forms(string value)
    {
        var result = OptionParser.Parse(new Dictionary<string, IReadOnlyList<string>> { ["category-timeout"] = [value] }, new Dictionary<string, string?>());

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Contains("--category-timeout=" + value, error, StringComparison.Ordinal);
        Assert.Contains("<category>=<seconds>", error, StringComparison.Ordinal);
    }
}
