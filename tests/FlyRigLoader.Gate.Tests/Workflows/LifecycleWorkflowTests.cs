using System.Text.RegularExpressions;
using FlyRigLoader.Gate.PullRequests;
using FlyRigLoader.Gate.TestKit;
using YamlDotNet.RepresentationModel;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>
/// The pull-request and baseline lifecycle as the workflows wire it: what triggers each, which token it holds, that two
/// refreshes never race, that the comment job never runs a pull request's code with its write token, and that the
/// names the workflows, scripts and build share agree.
/// </summary>
public sealed partial class LifecycleWorkflowTests
{
    private static readonly string Folder = Path.Combine(RepoRoot.Path, ".github", "workflows");

    private static WorkflowFile Load(string name) => WorkflowFile.Load(Path.Combine(Folder, name));

    private static YamlNode? At(YamlNode? node, params string[] keys) => keys.Aggregate(node, WorkflowFile.Get);

    private static string[] Strings(YamlNode? node) => node switch
    {
        YamlSequenceNode seq => [.. seq.Children.Select(c => ((YamlScalarNode)c).Value!)],
        YamlScalarNode s => [s.Value!],
        _ => [],
    };

    private static string Script(string name) => File.ReadAllText(Path.Combine(RepoRoot.Path, "scripts", "ci", name));

    public static TheoryData<string> Workflows() => [.. Directory.EnumerateFiles(Folder, "*.yml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void No_workflow_runs_a_pull_requests_code_with_a_write_token(string name) =>
        Assert.Empty(WorkflowSafety.HeadCodeWithWriteToken(Load(name)));

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_run_step_is_a_build_target_or_a_repository_script(string name)
    {
        foreach (var (job, step, node) in Load(name).Steps)
        {
            if (WorkflowFile.Scalar(node, "run") is not { } run)
            {
                continue;
            }

            var command = run.TrimStart();
            var script = ScriptPath().Match(command);
            var bootstrapper = command.StartsWith("./build.sh ", StringComparison.Ordinal) || command.StartsWith("./build.ps1 ", StringComparison.Ordinal);
            Assert.True(bootstrapper || (script.Success && File.Exists(Path.Combine(RepoRoot.Path, script.Value))),
                $"{name} / {job} / {step}: runs '{command}', neither ./build.sh, ./build.ps1 nor a script of scripts/ci");
        }
    }

    [Fact]
    public void The_refresh_runs_on_default_branch_changes_to_library_suite_gate_and_config_on_a_schedule_and_on_dispatch()
    {
        var on = Load("baseline-refresh.yml")["on"];
        var paths = Strings(At(on, "push", "paths"));

        Assert.Equal(["main"], Strings(At(on, "push", "branches")));
        Assert.NotNull(At(on, "schedule"));
        Assert.NotNull(WorkflowFile.Get(on, "workflow_dispatch"));
        foreach (var changed in new[] { "src/FlyRigLoader/Loading/PickleLoader.cs", "benchmarks/sla-registry.json", "eng/FlyRigLoader.Gate/Regression/RegressionAnalyzer.cs", "baselines/gate-config.json" })
        {
            Assert.True(paths.Any(p => WorkflowSafety.PathFilterMatches(p, changed)), changed + " does not start a refresh");
        }

        // Merging the refresh pull request changes only baseline files: it must not start the next refresh.
        Assert.DoesNotContain(paths, p => WorkflowSafety.PathFilterMatches(p, "baselines/linux-x64-2core-447e0a986a9525e0.json"));
        Assert.DoesNotContain(paths, p => WorkflowSafety.PathFilterMatches(p, "README.md"));
    }

    [Fact]
    public void The_refresh_holds_write_permissions_only_in_the_job_that_proposes_and_never_races()
    {
        var workflow = Load("baseline-refresh.yml");

        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, WorkflowSafety.Permissions(workflow, new YamlMappingNode()));
        var writers = workflow.Jobs.Where(j => WorkflowSafety.Permissions(workflow, j.Node).Values.Contains("write")).ToList();
        var (job, node) = Assert.Single(writers);
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "write", ["pull-requests"] = "write" }, WorkflowSafety.Permissions(workflow, node));
        Assert.Contains(workflow.BuildCalls, c => c.Job == job && c.Target == "UpdateBaseline");
        Assert.DoesNotContain(workflow.BuildCalls, c => c.Job == job && c.Target == "Benchmarks");

        var concurrency = workflow["concurrency"];
        Assert.DoesNotContain("${{", WorkflowFile.Scalar(concurrency, "group"), StringComparison.Ordinal);
        Assert.Equal("false", WorkflowFile.Scalar(concurrency, "cancel-in-progress"));
    }

    [Fact]
    public void The_refresh_measures_like_the_benchmark_shards_and_hands_the_builds_summary_to_the_pull_request()
    {
        var workflow = Load("baseline-refresh.yml");
        var shard = workflow.BuildCalls.Single(c => c.Target == "Benchmarks");
        var gateShard = Load("benchmarks.yml").BuildCalls.Single(c => c.Target == "Benchmarks" && c.Options.Any(o => o.Key == "shard"));
        var update = workflow.BuildCalls.Single(c => c.Target == "UpdateBaseline");
        var summary = update.Options.Single(o => o.Key == "summary-file").Value;
        var propose = workflow.Steps.Single(s => WorkflowFile.Scalar(s.Node, "run") == "scripts/ci/open-baseline-refresh-pr.sh");
        var env = WorkflowFile.Get(propose.Node, "env");

        Assert.Equal(gateShard.Options.Single(o => o.Key == "shard").Value, shard.Options.Single(o => o.Key == "shard").Value);
        Assert.Equal(gateShard.Options.Single(o => o.Key == "timeout").Value, shard.Options.Single(o => o.Key == "timeout").Value);
        Assert.DoesNotContain(update.Options, o => o.Key is "allow-dirty" or "baseline");
        Assert.Equal(summary, WorkflowFile.Scalar(env, "SUMMARY"));
        Assert.StartsWith("bench/", WorkflowFile.Scalar(workflow["env"], "REFRESH_BRANCH"), StringComparison.Ordinal);
        Assert.True(workflow.Steps.ToList().IndexOf(propose) > workflow.Steps.ToList().FindIndex(s => WorkflowFile.Scalar(s.Node, "run")?.Contains("UpdateBaseline", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void The_comment_workflow_follows_the_benchmark_workflow_with_the_least_it_needs()
    {
        var workflow = Load("benchmark-comment.yml");
        var on = workflow["on"];
        var (job, node) = workflow.Jobs.Single();

        Assert.Equal([WorkflowFile.Scalar(Load("benchmarks.yml").Root, "name")!], Strings(At(on, "workflow_run", "workflows")));
        Assert.Equal(["completed"], Strings(At(on, "workflow_run", "types")));
        Assert.Empty(Assert.IsType<YamlMappingNode>(workflow["permissions"]).Children);
        Assert.Equal(new Dictionary<string, string> { ["actions"] = "read", ["contents"] = "read", ["pull-requests"] = "write" }, WorkflowSafety.Permissions(workflow, node));
        Assert.Contains("github.event.workflow_run.event == 'pull_request'", WorkflowFile.Scalar(node, "if"), StringComparison.Ordinal);
        Assert.Empty(workflow.BuildCalls);
        foreach (var (_, step, checkout) in workflow.Steps.Where(s => s.Job == job && WorkflowFile.Scalar(s.Node, "uses")?.StartsWith("actions/checkout", StringComparison.Ordinal) == true))
        {
            var with = WorkflowFile.Get(checkout, "with");
            Assert.True(WorkflowFile.Scalar(with, "ref") is null && WorkflowFile.Scalar(with, "repository") is null, step + ": checks out something other than this repository's default branch");
            Assert.Equal("false", WorkflowFile.Scalar(with, "persist-credentials"));
        }
    }

    [Fact]
    public void The_merge_job_writes_the_comment_after_the_gate_and_uploads_what_the_posting_script_downloads()
    {
        var workflow = Load("benchmarks.yml");
        var merge = workflow.Jobs.Single(j => workflow.BuildCalls.Any(c => c.Job == j.Job && c.Target == "MergeReports")).Job;
        var steps = workflow.Steps.Where(s => s.Job == merge).ToList();
        int Index(Func<YamlMappingNode, bool> match) => steps.FindIndex(s => match(s.Node));
        var comment = Index(s => WorkflowFile.Scalar(s, "run")?.Contains("--target=PrComment", StringComparison.Ordinal) == true);
        var upload = steps.Single(s => WorkflowFile.Scalar(WorkflowFile.Get(s.Node, "with"), "name") == "benchmark-pr-comment");
        var call = workflow.BuildCalls.Single(c => c.Target == "PrComment");

        Assert.True(comment > Index(s => WorkflowFile.Scalar(s, "run")?.Contains("--target=CheckRegression", StringComparison.Ordinal) == true));
        Assert.True(comment > Index(s => WorkflowFile.Scalar(s, "id") == "merged-report"), "the comment links the merged report's artifact, so it is written after the upload");
        Assert.True(steps.IndexOf(upload) > comment);
        Assert.Contains(call.Options, o => o.Key == "pull-request");
        Assert.Equal(Path.GetDirectoryName(PrCommentCommand.DefaultOutput)!.Replace('\\', '/') + "/", WorkflowFile.Scalar(WorkflowFile.Get(upload.Node, "with"), "path"));
        Assert.Contains("artifact='benchmark-pr-comment'", Script("post-benchmark-comment.sh"), StringComparison.Ordinal);
        Assert.Contains($"marker='{PrComment.Marker}'", Script("post-benchmark-comment.sh"), StringComparison.Ordinal);
        Assert.Contains("pr-number.txt", Script("post-benchmark-comment.sh"), StringComparison.Ordinal);
        Assert.Equal("pr-number.txt", PrCommentCommand.NumberFile);
        Assert.Equal("pr-comment.md", Path.GetFileName(PrCommentCommand.DefaultOutput));
    }

    [Theory]
    [InlineData("ref: ${{ github.event.workflow_run.head_sha }}", "checks out the pull request's head")]
    [InlineData("ref: refs/pull/${{ github.event.number }}/merge", "checks out the pull request's head")]
    [InlineData("repository: ${{ github.event.workflow_run.head_repository.full_name }}", "checks out the pull request's head")]
    public void The_check_catches_a_comment_job_that_checks_out_the_head_with_a_write_token(string with, string expected)
    {
        var yaml = $"on:\n  workflow_run:\n    workflows: [x]\n    types: [completed]\npermissions:\n  pull-requests: write\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          {with}\n      - run: ./build.sh --target=PrComment\n";

        var problems = WorkflowSafety.HeadCodeWithWriteToken(WorkflowFile.Parse(yaml, "bad.yml")).ToList();

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("runs ./build.sh with a write token", StringComparison.Ordinal));
    }

    [Fact]
    public void Path_filters_match_as_github_matches_them()
    {
        Assert.True(WorkflowSafety.PathFilterMatches("src/**", "src/a/b.cs"));
        Assert.False(WorkflowSafety.PathFilterMatches("src/*", "src/a/b.cs"));
        Assert.True(WorkflowSafety.PathFilterMatches("baselines/gate-config.json", "baselines/gate-config.json"));
        Assert.False(WorkflowSafety.PathFilterMatches("baselines/gate-config.json", "baselines/gate-config.json.bak"));
    }

    [GeneratedRegex(@"^scripts/ci/[A-Za-z0-9_.-]+\.sh$")]
    private static partial Regex ScriptPath();
}
