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
}
