using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>Checks on what a workflow may do with a write token, and GitHub's path-filter matching.</summary>
public static partial class WorkflowSafety
{
    /// <summary>Triggers whose runs hold a write token while the event may come from a fork.</summary>
    private static readonly string[] PrivilegedTriggers = ["workflow_run", "pull_request_target"];

    /// <summary>Permission scopes a job holds (its own, else the workflow's), with their levels.</summary>
    public static IReadOnlyDictionary<string, string> Permissions(WorkflowFile workflow, YamlMappingNode job)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var node = WorkflowFile.Get(job, "permissions") ?? workflow["permissions"];
        return node switch
        {
            YamlMappingNode map => map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!, StringComparer.Ordinal),
            YamlScalarNode { Value: "read-all" } => new Dictionary<string, string> { ["*"] = "read" },
            YamlScalarNode { Value: "write-all" } => new Dictionary<string, string> { ["*"] = "write" },
            // No permissions key: the repository default, which may be write-all.
            _ => new Dictionary<string, string> { ["*"] = "write" },
        };
    }

    /// <summary>The trigger names of a workflow.</summary>
    public static IReadOnlyList<string> Triggers(WorkflowFile workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return workflow["on"] switch
        {
            YamlScalarNode s => [s.Value!],
            YamlSequenceNode seq => [.. seq.Children.Select(c => ((YamlScalarNode)c).Value!)],
            YamlMappingNode map => [.. map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!)],
            _ => [],
        };
    }

    /// <summary>
    /// Problems of a workflow that may hold a write token for a fork's event: a job with any write permission that checks
    /// out the pull request's head (a <c>ref</c> or <c>repository</c> naming the head, or <c>refs/pull/…</c>), or runs
    /// <c>./build.sh</c> (code the pull request may have changed if it were checked out).
    /// </summary>
    public static IEnumerable<string> HeadCodeWithWriteToken(WorkflowFile workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        if (!Triggers(workflow).Any(t => PrivilegedTriggers.Contains(t, StringComparer.Ordinal)))
        {
            yield break;
        }

        foreach (var (job, node) in workflow.Jobs)
        {
            if (!Permissions(workflow, node).Values.Any(v => v == "write"))
            {
                continue;
            }

            foreach (var (_, step, stepNode) in workflow.Steps.Where(s => s.Job == job))
            {
                var with = WorkflowFile.Get(stepNode, "with");
                if (WorkflowFile.Scalar(stepNode, "uses")?.StartsWith("actions/checkout", StringComparison.Ordinal) == true
                    && new[] { "ref", "repository" }.Select(k => WorkflowFile.Scalar(with, k)).OfType<string>().Any(v => HeadReference().IsMatch(v)))
                {
                    yield return $"{workflow.Name} / {job} / {step}: checks out the pull request's head with a write token";
                }

                if (WorkflowFile.Scalar(stepNode, "run") is { } run && WorkflowFile.ParseBuildCalls(run).Count > 0)
                {
                    yield return $"{workflow.Name} / {job} / {step}: runs ./build.sh with a write token";
                }
            }
        }
    }

    /// <summary>GitHub's path filter: <c>*</c> within a folder, <c>**</c> across folders.</summary>
    public static bool PathFilterMatches(string pattern, string path)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var regex = "^" + Regex.Escape(pattern).Replace(@"\*\*", "\u0001", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace("\u0001", ".*", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(path, regex);
    }

    [GeneratedRegex(@"head|refs/pull|pull_request\.|merge_commit", RegexOptions.IgnoreCase)]
    private static partial Regex HeadReference();
}
