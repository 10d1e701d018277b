using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.Testing;

/// <summary>The dotnet invocations are values: results must land under artifacts/ and one TRX per project.</summary>
public sealed class DotNetCommandsTests
{
    private static readonly BuildPaths Paths = new("/repo");

    [Fact]
    public void Test_WritesNamedTrxUnderArtifacts()
    {
        var cmd = DotNetCommands.Test(Paths, new BuildOptions { Configuration = "Debug" }, "/repo/tests/A.Tests/A.Tests.csproj", coverage: false);

        Assert.Equal("dotnet", cmd.FileName);
        Assert.Contains("trx;LogFileName=A.Tests.trx", cmd.Arguments);
        Assert.Equal("/repo/artifacts/test-results", cmd.Arguments[cmd.Arguments.ToList().IndexOf("--results-directory") + 1]);
        Assert.Equal("Debug", cmd.Arguments[cmd.Arguments.ToList().IndexOf("-c") + 1]);
        Assert.DoesNotContain("--collect", cmd.Arguments);
    }

    [Fact]
    public void Test_WithCoverage_CollectsCoberturaPerProject()
    {
        var cmd = DotNetCommands.Test(Paths, new BuildOptions(), "/repo/tests/A.Tests/A.Tests.csproj", coverage: true);

        Assert.Contains("XPlat Code Coverage", cmd.Arguments);
        Assert.Single(cmd.Arguments, a => a == "--results-directory");
    }

    [Fact]
    public void CoverageReport_WritesHtmlIntoCoverageFolder()
    {
        var cmd = DotNetCommands.CoverageReport(Paths);

        Assert.Contains("-targetdir:/repo/artifacts/coverage", cmd.Arguments);
        Assert.Contains("-reports:/repo/artifacts/test-results/**/coverage.cobertura.xml", cmd.Arguments);
        Assert.Contains(cmd.Arguments, a => a.StartsWith("-reporttypes:Html", StringComparison.Ordinal));
    }

    [Fact]
    public void TestProjects_FindsThisRepositoryTestProjectsInOrder()
    {
        var projects = DotNetCommands.TestProjects(new BuildPaths(RepoRoot.Path));

        Assert.Contains(projects, p => p.EndsWith("FlyRigLoader.Gate.Tests.csproj", StringComparison.Ordinal));
        Assert.Equal(projects.Order(StringComparer.Ordinal), projects);
    }

    [Fact]
    public void CommandLine_ToString_QuotesArgumentsWithSpaces()
    {
        Assert.Equal("dotnet test 'a b' x=1", new FlyRigLoader.Gate.Commands.CommandLine("dotnet", ["test", "a b", "x=1"], "/").ToString());
    }
}
