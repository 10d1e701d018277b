using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Tests.Options;

/// <summary>What code the measuring processes run is chosen on purpose, never inherited from a developer's shell.</summary>
public sealed class MeasuringRuntimeTests
{
    [Fact]
    public void Steady_clears_every_inherited_compilation_variable_so_the_suites_runtimeconfig_decides()
    {
        var variables = MeasuringRuntime.Variables(MeasuringRuntime.Steady);

        Assert.Contains("DOTNET_TieredCompilation", variables.Keys);
        Assert.Contains("DOTNET_gcConcurrent", variables.Keys);
        Assert.All(variables.Values, Assert.Null);
    }

    [Fact]
    public void Shipped_turns_tiering_and_dynamic_pgo_back_on()
    {
        var variables = MeasuringRuntime.Variables(MeasuringRuntime.Shipped);

        Assert.Equal("1", variables["DOTNET_TieredCompilation"]);
        Assert.Equal("1", variables["DOTNET_TieredPGO"]);
        Assert.Equal("1", variables["DOTNET_gcConcurrent"]);
        Assert.Null(variables["DOTNET_ReadyToRun"]);
    }

    [Fact]
    public void An_unknown_mode_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MeasuringRuntime.Variables("fast"));
    }

    [Fact]
    public void The_option_defaults_to_steady_and_accepts_only_the_two_modes()
    {
        static OptionParseResult Parse(params (string, string)[] args) =>
            OptionParser.Parse(args.ToDictionary(a => a.Item1, a => (IReadOnlyList<string>)[a.Item2]), new Dictionary<string, string?>());

        Assert.Equal("steady", Parse().Options!.Runtime);
        Assert.Equal("shipped", Parse(("runtime", "Shipped")).Options!.Runtime);
        Assert.Contains("--runtime=steady|shipped", Assert.Single(Parse(("runtime", "tc0")).Errors), StringComparison.Ordinal);
    }
}
