using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>actionlint on every workflow, inside the Test target: an expression, permission or action input that GitHub would reject fails the build.</summary>
public sealed class ActionlintTests
{
    [ActionlintFact]
    public void Every_workflow_passes_actionlint()
    {
        var (code, output) = WorkflowLint.All.Value;

        Assert.True(code != 2, "actionlint cannot run, and on CI the workflow lint fails closed: " + output);
        Assert.True(code == 0, output);
        Assert.Matches(@"actionlint: \d+ workflow\(s\) clean", output);
    }

    [ActionlintFact]
    public void Actionlint_reports_what_is_wrong_in_a_broken_workflow()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("bad.yml", "on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    permissions:\n      pull-request: write\n    steps:\n      - run: echo \"${{ github.event.pull_request.title }}\"\n");

        var (code, output) = WorkflowLint.Run(bad);

        Assert.Equal(1, code);
        Assert.Contains("unknown permission scope \"pull-request\"", output, StringComparison.Ordinal);
        Assert.Contains("potentially untrusted", output, StringComparison.Ordinal);
    }
}
