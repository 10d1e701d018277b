using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.TestKit;
using YamlDotNet.RepresentationModel;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>
/// The Python original's workflow called flags that did not exist and read results from the wrong folder. These tests
/// make a workflow that names a missing target or option, or keeps artifacts longer than the policies, fail the build.
/// </summary>
public sealed class WorkflowValidationTests
{
    private static readonly string WorkflowFolder = Path.Combine(RepoRoot.Path, ".github", "workflows");

    public static TheoryData<string> Workflows()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(WorkflowFolder).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static WorkflowFile Load(string name) => WorkflowFile.Load(Path.Combine(WorkflowFolder, name));

    [Fact]
    public void The_benchmark_workflow_exists() =>
        Assert.True(File.Exists(Path.Combine(WorkflowFolder, "benchmarks.yml")));

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflows_call_only_targets_and_options_the_build_has(string name)
    {
        var targets = BuildSurface.RepoTargets;
        var problems = Load(name).BuildCalls.SelectMany(c => BuildSurface.Problems(c, targets)).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Uploaded_artifacts_are_kept_as_long_as_their_retention_policy_says(string name)
    {
        var policies = RetentionPolicySet.Load(Path.Combine(RepoRoot.Path, "build", "retention-policies.json"));
        foreach (var (job, step, node) in Load(name).Steps.Where(s => WorkflowFile.Scalar(s.Node, "uses")?.StartsWith("actions/upload-artifact", StringComparison.Ordinal) == true))
        {
            var with = WorkflowFile.Get(node, "with");
            var paths = (WorkflowFile.Scalar(with, "path") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var governed = paths
                .Where(p => p.StartsWith("artifacts/", StringComparison.Ordinal))
                .Select(p => policies.Policies.FirstOrDefault(pol => (p["artifacts/".Length..].TrimEnd('/') + "/").StartsWith(pol.Folder + "/", StringComparison.Ordinal)))
                .OfType<RetentionPolicy>()
                .ToList();
            if (governed.Count == 0)
            {
                continue;
            }

            var days = WorkflowFile.Scalar(with, "retention-days");
            Assert.True(days is not null, $"{name} / {job} / {step}: uploads {string.Join(", ", paths)} without retention-days");
            Assert.All(governed, p => Assert.True(
                p.RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture) == days,
                $"{name} / {job} / {step}: retention-days {days} but the '{p.Category}' policy keeps {p.RetentionDays} days"));
        }
    }

    [Fact]
    public void The_benchmark_workflow_runs_only_build_targets()
    {
        var steps = Load("benchmarks.yml").Steps.Where(s => WorkflowFile.Scalar(s.Node, "run") is not null).ToList();

        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.StartsWith("./build.sh ", WorkflowFile.Scalar(s.Node, "run")!.TrimStart(), StringComparison.Ordinal));
        Assert.All(steps, s => Assert.DoesNotContain("&&", WorkflowFile.Scalar(s.Node, "run")!, StringComparison.Ordinal));
    }

    [Fact]
    public void The_benchmark_workflow_has_its_triggers_inputs_and_labels()
    {
        var workflow = Load("benchmarks.yml");
        var on = workflow["on"];
        var inputs = (YamlMappingNode)WorkflowFile.Get(WorkflowFile.Get(on, "workflow_dispatch"), "inputs")!;
        Assert.Equal(["category", "profile", "runtime", "compare-against"], inputs.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Subset(KnownOptions.Categories.ToHashSet(), Choices(inputs, "category"));
        Assert.Subset(KnownOptions.Profiles.ToHashSet(), Choices(inputs, "profile"));
        Assert.Equal(MeasuringRuntime.Modes.ToHashSet(), Choices(inputs, "runtime"));
        var types = (YamlSequenceNode)WorkflowFile.Get(WorkflowFile.Get(on, "pull_request"), "types")!;
        Assert.Equal(["labeled"], types.Children.Select(t => ((YamlScalarNode)t).Value));

        var text = File.ReadAllText(Path.Combine(WorkflowFolder, "benchmarks.yml"));
        Assert.Contains("""["benchmark","performance","memory-analysis"]""", text, StringComparison.Ordinal);
        Assert.Equal("true", WorkflowFile.Scalar(workflow["concurrency"], "cancel-in-progress"));
    }

    [Fact]
    public void The_shard_matrix_matches_the_shard_count_passed_to_the_build()
    {
        var workflow = Load("benchmarks.yml");
        var (job, node) = workflow.Jobs.Single(j => WorkflowFile.Get(WorkflowFile.Get(WorkflowFile.Get(j.Node, "strategy"), "matrix"), "shard") is not null);
        var shards = ((YamlSequenceNode)WorkflowFile.Get(WorkflowFile.Get(WorkflowFile.Get(node, "strategy"), "matrix"), "shard")!)
            .Children.Select(c => int.Parse(((YamlScalarNode)c).Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var shardOption = workflow.BuildCalls.Where(c => c.Job == job).SelectMany(c => c.Options).Single(o => o.Key == "shard").Value;

        Assert.Equal(Enumerable.Range(1, shards.Count), shards);
        Assert.Equal($"${{{{matrix.shard}}}}/{shards.Count}", shardOption);
    }

    [Fact]
    public void The_merge_job_merges_gates_and_waits_for_every_shard()
    {
        var workflow = Load("benchmarks.yml");
        var merge = workflow.Jobs.Single(j => workflow.BuildCalls.Any(c => c.Job == j.Job && c.Target == "MergeReports"));
        var targets = workflow.BuildCalls.Where(c => c.Job == merge.Job).Select(c => c.Target).ToList();

        Assert.Contains("CheckRegression", targets);
        Assert.True(targets.IndexOf("MergeReports") < targets.IndexOf("CheckRegression"));
        Assert.Equal("benchmarks", WorkflowFile.Scalar(merge.Node, "needs"));
    }

    [Theory]
    [InlineData("./build.sh --target=Benchmrks", "target 'Benchmrks' does not exist")]
    [InlineData("./build.sh --target=CleanArtifacts --leak-detection", "--leak-detection is not an option")]
    [InlineData("./build.sh --target=CleanArtifacts --timeout=soon", "must be a positive whole number")]
    [InlineData("./build.sh --target=CleanArtifacts --category=everything", "invalid choice")]
    [InlineData("./build.sh --ci-mode", "without --target")]
    public void The_check_catches_a_workflow_naming_what_the_build_does_not_have(string run, string expected)
    {
        var yaml = "on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - name: s\n        run: " + run + "\n";
        var problems = WorkflowFile.Parse(yaml, "bad.yml").BuildCalls
            .SelectMany(c => BuildSurface.Problems(c, BuildSurface.RepoTargets)).ToList();

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Calls_are_parsed_across_folded_lines_quotes_and_expressions()
    {
        var calls = WorkflowFile.ParseBuildCalls("./build.sh --target=Benchmarks --shard=${{ matrix.shard }}/3 \\\n  --category=\"$X\" --ci-mode && echo done # --not-this\n./build.sh --target=MergeReports");

        Assert.Equal(2, calls.Count);
        Assert.Equal(
            [new("target", "Benchmarks"), new("shard", "${{matrix.shard}}/3"), new("category", "$X"), new("ci-mode", string.Empty)],
            calls[0]);
    }

    [Fact]
    public void Targets_are_read_from_the_cake_files()
    {
        var targets = BuildSurface.RepoTargets;

        Assert.Contains("CleanArtifacts", targets);
        Assert.Contains("Test", targets);
    }

    private static HashSet<string> Choices(YamlMappingNode inputs, string name) =>
        ((YamlSequenceNode)WorkflowFile.Get(WorkflowFile.Get(inputs, name), "options")!).Children.Select(c => ((YamlScalarNode)c).Value!).ToHashSet();
}
