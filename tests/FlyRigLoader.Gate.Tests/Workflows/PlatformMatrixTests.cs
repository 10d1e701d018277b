using FlyRigLoader.Gate.TestKit;
using YamlDotNet.RepresentationModel;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>
/// The suite guide promises the same validation on Ubuntu, Windows and macOS: ci.yml runs every test on all three, each
/// through its users' bootstrapper, and the benchmark workflow smoke-runs the pipeline on Windows and macOS without
/// judging their timings against the Linux baseline.
/// </summary>
public sealed class PlatformMatrixTests
{
    private static WorkflowFile Load(string name) => WorkflowFile.Load(Path.Combine(RepoRoot.Path, ".github", "workflows", name));

    private static List<string> Matrix(YamlMappingNode job, string axis) =>
        [.. ((YamlSequenceNode)WorkflowFile.Get(WorkflowFile.Get(WorkflowFile.Get(job, "strategy"), "matrix"), axis)!).Children.Select(c => ((YamlScalarNode)c).Value!)];

    [Fact]
    public void Ci_tests_on_ubuntu_windows_and_macos_each_through_its_bootstrapper()
    {
        var ci = Load("ci.yml");
        var (job, node) = Assert.Single(ci.Jobs);

        Assert.Equal(["ubuntu-latest", "windows-latest", "macos-latest"], Matrix(node, "os"));
        Assert.Equal("${{ matrix.os }}", WorkflowFile.Scalar(node, "runs-on"));
        Assert.Equal("false", WorkflowFile.Scalar(WorkflowFile.Get(node, "strategy"), "fail-fast"));
        var steps = ci.Steps.Where(s => s.Job == job && WorkflowFile.Scalar(s.Node, "run") is not null)
            .Select(s => (If: WorkflowFile.Scalar(s.Node, "if"), Shell: WorkflowFile.Scalar(s.Node, "shell"), Run: WorkflowFile.Scalar(s.Node, "run")!.Trim()))
            .ToList();
        Assert.Equal(
            [("runner.os == 'Linux'", null, "./build.sh --target=Coverage"), ("runner.os == 'macOS'", null, "./build.sh --target=Test"), ("runner.os == 'Windows'", "pwsh", "./build.ps1 --target=Test")],
            steps);
        // Coverage runs the Test target's tests (TestSuite.Run with coverage): Linux leaves none out.
        Assert.All(ci.BuildCalls, c => Assert.DoesNotContain(c.Options, o => o.Key == "fast"));
    }

    [Fact]
    public void The_benchmark_workflow_smoke_runs_windows_and_macos_without_a_regression_gate()
    {
        var workflow = Load("benchmarks.yml");
        var (job, node) = workflow.Jobs.Single(j => WorkflowFile.Get(WorkflowFile.Get(WorkflowFile.Get(j.Node, "strategy"), "matrix"), "os") is not null);
        var calls = workflow.BuildCalls.Where(c => c.Job == job).ToList();

        Assert.Equal(["windows-latest", "macos-latest"], Matrix(node, "os"));
        Assert.Equal(WorkflowFile.Scalar(workflow.Jobs.Single(j => j.Job == "benchmarks").Node, "if"), WorkflowFile.Scalar(node, "if"));
        var smoke = Assert.Single(calls);
        Assert.Equal("Benchmarks", smoke.Target);
        Assert.Contains(smoke.Options, o => o.Key == "smoke-test");
        Assert.DoesNotContain(smoke.Options, o => o.Key is "shard" or "baseline-comparison" or "confirm");
        Assert.Equal("bash", WorkflowFile.Scalar(WorkflowFile.Get(WorkflowFile.Get(node, "defaults"), "run"), "shell"));
    }
}
