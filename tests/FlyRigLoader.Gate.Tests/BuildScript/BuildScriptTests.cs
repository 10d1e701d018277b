using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.BuildScript;

/// <summary>
/// The Cake script compiles and its task graph resolves for every public target (a broken graph fails CI), and the
/// bootstrappers forward arguments and exit codes. Runs the real build.sh/build.ps1; serialized because they share
/// Cake's script cache.
/// </summary>
[Trait(SlowTrait.Name, SlowTrait.Value)]
[Collection(EndToEnd.SequentialRuns.Name)]
public sealed class BuildScriptTests
{
    public static TheoryData<string> Targets() => [.. Infra.BuildScript.PublicTargets()];

    [Fact]
    public void Public_targets_include_the_foundation_targets()
    {
        Assert.Superset(
            new HashSet<string>(["Default", "Clean", "Restore", "Build", "Test", "Coverage", "VerifySetup"]),
            new HashSet<string>(Infra.BuildScript.PublicTargets()));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Dry_run_every_public_target_succeeds(string target)
    {
        var result = Infra.BuildScript.Cake($"--target={target}", "--dryrun");

        Assert.True(result.ExitCode == 0, $"--target={target} --dryrun exited {result.ExitCode}\n{result.StandardOutput}\n{result.StandardError}");
    }

    [Fact]
    public void Unknown_target_exits_two_and_lists_targets()
    {
        var result = Infra.BuildScript.Bash("--target=NoSuchTarget");

        Assert.Equal(2, result.ExitCode);
        var text = result.StandardOutput + result.StandardError;
        Assert.Contains("unknown target 'NoSuchTarget'", text, StringComparison.Ordinal);
        Assert.Contains("VerifySetup", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_option_value_exits_two_and_lists_choices()
    {
        var result = Infra.BuildScript.Cake("--target=Test", "--profile=fastest", "--dryrun");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("default|smoke|large", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_shell_bootstrapper_forwards_arguments_and_exit_codes()
    {
        var ok = Infra.BuildScript.PowerShell("--target=Default", "--dryrun");
        var bad = Infra.BuildScript.PowerShell("--target=Test", "--category=nope");

        Assert.True(ok.ExitCode == 0, ok.StandardOutput + ok.StandardError);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--category=nope", bad.StandardOutput + bad.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_bootstrappers_set_the_same_dotnet_variables_and_restore_build_and_forward_alike()
    {
        var sh = File.ReadAllText(Path.Combine(TestKit.RepoRoot.Path, "build.sh"));
        var ps1 = File.ReadAllText(Path.Combine(TestKit.RepoRoot.Path, "build.ps1"));

        Assert.Equal(DotnetVariables(sh), DotnetVariables(ps1));
        Assert.NotEmpty(DotnetVariables(sh));
        foreach (var step in new[] { "dotnet tool restore", "dotnet build eng/FlyRigLoader.Gate/FlyRigLoader.Gate.csproj -c Release -nologo", "cake.config", "CAKE_PATHS_CACHE", "artifacts/bin/FlyRigLoader.Gate/release", "exit 2" })
        {
            Assert.True(sh.Contains(step, StringComparison.Ordinal) && ps1.Contains(step, StringComparison.Ordinal), step);
        }

        Assert.Contains("dotnet cake build/build.cake \"$@\"", sh, StringComparison.Ordinal);
        Assert.Contains("dotnet cake build/build.cake @args", ps1, StringComparison.Ordinal);
    }

    private static string[] DotnetVariables(string script) =>
        [.. System.Text.RegularExpressions.Regex.Matches(script, @"DOTNET_[A-Z_]+(?=\s*=)").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];
}
