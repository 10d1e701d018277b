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
    public void Test_writes_named_trx_under_artifacts()
    {
        var cmd = DotNetCommands.Test(Paths, new BuildOptions { Configuration = "Debug" }, "/repo/tests/A.Tests/A.Tests.csproj", coverage: false);

        Assert.Equal("dotnet", cmd.FileName);
        Assert.Contains("trx;LogFileName=A.Tests.trx", cmd.Arguments);
        Assert.Equal("/repo/artifacts/test-results", cmd.Arguments[cmd.Arguments.ToList().IndexOf("--results-directory") + 1]);
        Assert.Equal("Debug", cmd.Arguments[cmd.Arguments.ToList().IndexOf("-c") + 1]);
        Assert.DoesNotContain("--collect", cmd.Arguments);
    }

    [Fact]
    public void Test_with_coverage_collects_cobertura_per_project()
    {
        var cmd = DotNetCommands.Test(Paths, new BuildOptions(), "/repo/tests/A.Tests/A.Tests.csproj", coverage: true);

        Assert.Contains("XPlat Code Coverage", cmd.Arguments);
        Assert.Single(cmd.Arguments, a => a == "--results-directory");
    }

    [Fact]
    public void Test_with_fast_leaves_out_the_slow_trait_and_without_it_runs_everything()
    {
        var fast = DotNetCommands.Test(Paths, new BuildOptions { Fast = true }, "/repo/tests/A.Tests/A.Tests.csproj", coverage: false);
        var full = DotNetCommands.Test(Paths, new BuildOptions(), "/repo/tests/A.Tests/A.Tests.csproj", coverage: false);

        Assert.Equal("Speed!=Slow", fast.Arguments[fast.Arguments.ToList().IndexOf("--filter") + 1]);
        Assert.DoesNotContain("--filter", full.Arguments);
    }

    [Fact]
    public void The_end_to_end_and_browser_tests_carry_the_slow_trait()
    {
        var slow = typeof(DotNetCommandsTests).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TraitAttribute)
                && (string?)a.ConstructorArguments[0].Value == SlowTrait.Name && (string?)a.ConstructorArguments[1].Value == SlowTrait.Value))
            .Select(t => t.Name).ToList();

        Assert.Contains("BenchmarksTargetTests", slow);
        Assert.Contains("FailedRunLifecycleTests", slow);
        Assert.Contains("HtmlReportInBrowserTests", slow);
        Assert.Contains("BuildScriptTests", slow);
    }

    [Fact]
    public void Coverage_report_writes_html_into_coverage_folder()
    {
        var cmd = DotNetCommands.CoverageReport(Paths);

        Assert.Contains("-targetdir:/repo/artifacts/coverage", cmd.Arguments);
        Assert.Contains("-reports:/repo/artifacts/test-results/**/coverage.cobertura.xml", cmd.Arguments);
        Assert.Contains(cmd.Arguments, a => a.StartsWith("-reporttypes:Html", StringComparison.Ordinal));
    }

    [Fact]
    public void Test_projects_finds_this_repository_test_projects_in_order()
    {
        var projects = DotNetCommands.TestProjects(new BuildPaths(RepoRoot.Path));

        Assert.Contains(projects, p => p.EndsWith("FlyRigLoader.Gate.Tests.csproj", StringComparison.Ordinal));
        Assert.Equal(projects.Order(StringComparer.Ordinal), projects);
    }

    [Fact]
    public void Command_line_to_string_quotes_arguments_with_spaces()
    {
        Assert.Equal("dotnet test 'a b' x=1", new FlyRigLoader.Gate.Commands.CommandLine("dotnet", ["test", "a b", "x=1"], "/").ToString());
    }
}
