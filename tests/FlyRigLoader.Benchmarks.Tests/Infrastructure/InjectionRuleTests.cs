using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.Infrastructure;

public sealed class InjectionRuleTests
{
    [Fact]
    public void Parses_several_rules_with_invariant_factors()
    {
        var rules = InjectionRule.ParseAll("LoadGzip*=1.5; *Validate=2");
        Assert.Equal([new InjectionRule("LoadGzip*", 1.5), new InjectionRule("*Validate", 2.0)], rules);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Unset_means_no_rules(string? spec) => Assert.Empty(InjectionRule.ParseAll(spec));

    [Theory]
    [InlineData("LoadGzip*")]
    [InlineData("=2")]
    [InlineData("Load*=")]
    [InlineData("Load*=0.5")]
    [InlineData("Load*=1,5")]
    [InlineData("Load*=NaN")]
    public void Malformed_specs_throw_naming_the_variable(string spec)
    {
        var ex = Assert.Throws<FormatException>(() => InjectionRule.ParseAll(spec));
        Assert.Contains(BenchmarkEnvironment.InjectVariable, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factor_matches_method_name_type_dot_method_or_full_name()
    {
        var type = typeof(InjectionRuleTests);
        Assert.Equal(2.0, InjectionRule.FactorFor(InjectionRule.ParseAll("Load*=2"), type, "LoadGzipPickle"));
        Assert.Equal(3.0, InjectionRule.FactorFor(InjectionRule.ParseAll("InjectionRuleTests.Load*=3"), type, "LoadGzipPickle"));
        Assert.Equal(4.0, InjectionRule.FactorFor(InjectionRule.ParseAll("FlyRigLoader.Benchmarks.Tests.*.LoadGzipPickle=4"), type, "LoadGzipPickle"));
        Assert.Equal(1.0, InjectionRule.FactorFor(InjectionRule.ParseAll("Validate*=2"), type, "LoadGzipPickle"));
    }

    [Fact]
    public void First_matching_rule_wins() =>
        Assert.Equal(1.2, InjectionRule.FactorFor(InjectionRule.ParseAll("Load*=1.2;LoadGzip*=5"), typeof(InjectionRuleTests), "LoadGzipPickle"));

    [Fact]
    public void Slot_without_injection_has_factor_one_and_its_scope_is_inert()
    {
        var slot = new InjectionSlot(1.0);
        using (slot.Begin())
        {
        }

        Assert.Equal(1.0, slot.Factor);
        Assert.Throws<ArgumentOutOfRangeException>(() => new InjectionSlot(0.9));
    }

    [Fact]
    public void Slot_with_extra_bytes_allocates_them_per_operation()
    {
        var slot = new InjectionSlot(1.0, 1024);

        var before = GC.GetAllocatedBytesForCurrentThread();
        using (slot.Begin())
        {
        }

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 1024, 1024 + 64);
        Assert.Equal(1024, InjectionSlot.LastInjectedAllocation!.Length);
    }
}
