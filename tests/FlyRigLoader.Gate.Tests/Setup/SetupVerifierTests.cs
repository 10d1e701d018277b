using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Setup;

namespace FlyRigLoader.Gate.Tests.Setup;

/// <summary>VerifySetup must fail with a precise reason for each missing prerequisite.</summary>
public sealed class SetupVerifierTests
{
    private static SetupFacts Good() => new(
        "10.0.401",
        10,
        new Dictionary<string, string> { ["cake.tool"] = "7.0.0" },
        new Dictionary<string, string> { ["cake.tool"] = "7.0.0" },
        0,
        null,
        "git version 2.39.5",
        true,
        null,
        10_000_000_000,
        2_000_000_000);

    [Fact]
    public void Evaluate_all_good_all_pass()
    {
        Assert.All(SetupVerifier.Evaluate(Good()), c => Assert.True(c.Passed, c.Name));
    }

    [Theory]
    [InlineData("sdk", ".NET SDK")]
    [InlineData("oldsdk", ".NET SDK")]
    [InlineData("tool", "tool cake.tool")]
    [InlineData("restore", "restore")]
    [InlineData("git", "git")]
    [InlineData("artifacts", "artifacts")]
    [InlineData("disk", "free disk")]
    public void Evaluate_one_problem_fails_exactly_that_check(string problem, string failedCheck)
    {
        var facts = problem switch
        {
            "sdk" => Good() with { SdkVersion = null },
            "oldsdk" => Good() with { SdkVersion = "8.0.100" },
            "tool" => Good() with { InstalledTools = new Dictionary<string, string>() },
            "restore" => Good() with { RestoreExitCode = 1, RestoreError = "NU1101" },
            "git" => Good() with { GitVersion = null },
            "artifacts" => Good() with { ArtifactsWritable = false, ArtifactsError = "read-only" },
            _ => Good() with { FreeDiskBytes = 1 },
        };

        var failed = SetupVerifier.Evaluate(facts).Where(c => !c.Passed).ToList();

        Assert.Equal(failedCheck, Assert.Single(failed).Name);
    }

    [Fact]
    public void Tool_manifest_parses_pins_and_tool_list()
    {
        var pins = ToolManifest.ReadPins("""{"version":1,"tools":{"Cake.Tool":{"version":"7.0.0"}}}""", "m.json");
        var listed = ToolManifest.ParseToolList("Package Id      Version      Commands\n----------\ncake.tool       7.0.0        dotnet-cake   /r/.config/dotnet-tools.json\n");

        Assert.Equal("7.0.0", pins["cake.tool"]);
        Assert.Equal("7.0.0", listed["cake.tool"]);
    }

    [Fact]
    public void Tool_manifest_invalid_json_names_file()
    {
        var e = Assert.Throws<GateInputException>(() => ToolManifest.ReadPins("{", "dotnet-tools.json"));
        Assert.Contains("dotnet-tools.json", e.Message, StringComparison.Ordinal);
    }
}
