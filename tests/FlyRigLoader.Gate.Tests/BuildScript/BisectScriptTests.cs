using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.BuildScript;

/// <summary>The Bisect target refuses bad input through the real Cake script before it builds or measures anything.</summary>
[Trait(SlowTrait.Name, SlowTrait.Value)]
[Collection(EndToEnd.SequentialRuns.Name)]
public sealed class BisectScriptTests
{
    [Fact]
    public void Bisect_with_an_unknown_good_ref_exits_2_naming_the_option()
    {
        var result = Infra.BuildScript.Cake("--target=Bisect", "--good=no-such-ref-anywhere", "--bad=HEAD");

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}\n{result.Combined}");
        Assert.Contains("--good=no-such-ref-anywhere: git ref does not resolve to a commit", result.Combined, StringComparison.Ordinal);
    }
}
