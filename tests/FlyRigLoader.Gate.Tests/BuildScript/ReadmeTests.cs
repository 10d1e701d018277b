using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.BuildScript;

/// <summary>The README is the product's manual: every public target and every option must appear in it.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));

    public static TheoryData<string> Targets() => [.. Infra.BuildScript.PublicTargets()];

    public static TheoryData<string> Options() => [.. KnownOptions.All.Select(o => o.Name)];

    public static TheoryData<string> GuideFlagNames() => [.. GuideFlags.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Readme_documents_target(string target) =>
        Assert.Contains($"| `{target}` |", Readme, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Options))]
    public void Readme_documents_option(string option) =>
        Assert.Contains($"`--{option}", Readme, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(GuideFlagNames))]
    public void Readme_migration_table_lists_guide_flag(string flag) =>
        Assert.Contains($"| `--{flag}", Readme.Replace(", `--", "| `--", StringComparison.Ordinal), StringComparison.Ordinal);

    [Fact]
    public void Readme_names_the_two_commands()
    {
        Assert.Contains("./build.sh --target=Benchmarks", Readme, StringComparison.Ordinal);
        Assert.Contains("./build.sh --target=Test", Readme, StringComparison.Ordinal);
    }
}
