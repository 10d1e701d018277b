using System.Diagnostics;
using FlyRigLoader.TestKit;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>
/// scripts/ci/open-baseline-refresh-pr.sh on real git repositories (a bare origin and a clone) with a stand-in GitHub CLI:
/// one pull request from the refresh branch, created once and updated in place; the default branch never moves.
/// </summary>
public sealed class RefreshScriptTests : IDisposable
{
    private const string Script = "scripts/ci/open-baseline-refresh-pr.sh";

    // The script runs only on its workflow's ubuntu-latest runner; it and the stand-in gh are bash, and it uses GNU stat -c.
    private const string CiScriptReason = "a CI script of an ubuntu-latest workflow job (bash, GNU stat -c)";
    private readonly FakeGh _gh = new();

    public RefreshScriptTests()
    {
        Git(_gh.Root, "init", "--quiet", "--bare", "--initial-branch=main", "origin.git");
        Git(_gh.Root, "clone", "--quiet", "origin.git", "work");
        File.WriteAllText(Path.Combine(Work, "README.md"), "x\n");
        Directory.CreateDirectory(Path.Combine(Work, "baselines"));
        File.WriteAllText(Path.Combine(Work, "baselines", "gate-config.json"), "{}\n");
        Git(Work, "add", ".");
        Commit("initial");
        Git(Work, "push", "--quiet", "origin", "HEAD:refs/heads/main");
    }

    private string Work => Path.Combine(_gh.Root, "work");

    private string Summary => Path.Combine(_gh.Root, "summary.md");

    public void Dispose() => _gh.Dispose();

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output.Trim();
    }

    private void Commit(string message) => Git(Work, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", message);

    private (int Code, string Out, string Err) Propose(string title, string? branch = null)
    {
        File.WriteAllText(Summary, $"# {title}\n\nbody of {title}\n");
        var environment = new Dictionary<string, string> { ["GH_TOKEN"] = "t", ["BASE"] = "main", ["SUMMARY"] = Summary, ["GIT_CONFIG_GLOBAL"] = "/dev/null" };
        if (branch is not null)
        {
            environment["BRANCH"] = branch;
        }

        return _gh.Run(Script, Work, environment);
    }

    [OsFact(CiScriptReason, "Linux")]
    public void The_first_refresh_opens_the_pull_request_and_the_next_updates_it_in_place_without_touching_main()
    {
        var origin = Path.Combine(_gh.Root, "origin.git");
        var main = Git(origin, "rev-parse", "refs/heads/main");
        File.WriteAllText(Path.Combine(Work, "baselines", "linux-fp1.json"), "{\"runs\": 1}\n");

        var first = Propose("Baseline refresh: new baseline linux-fp1 (5 benchmarks)");

        Assert.True(first.Code == 0, first.Err);
        Assert.Contains(_gh.Calls, c => c.StartsWith("pr create --base main --head bench/baseline-refresh --title", StringComparison.Ordinal));
        Assert.Equal("Baseline refresh: new baseline linux-fp1 (5 benchmarks)\n", _gh.Read("pr-title.txt"));
        Assert.Contains("body of Baseline refresh", _gh.Read("pr-body.md"), StringComparison.Ordinal);
        Assert.Equal(main, Git(origin, "rev-parse", "refs/heads/main"));
        Assert.Equal(main, Git(origin, "rev-parse", "refs/heads/bench/baseline-refresh^"));
        Assert.Equal("baselines/linux-fp1.json", Git(origin, "diff", "--name-only", "main", "bench/baseline-refresh"));

        // The next refresh starts again from the default branch; its PR is the same one, edited.
        Git(Work, "checkout", "--quiet", "main");
        File.WriteAllText(Path.Combine(Work, "baselines", "linux-fp1.json"), "{\"runs\": 2}\n");
        _gh.Set("open-pr", "17\n");

        var second = Propose("Baseline refresh: linux-fp1, 2 benchmark(s) moved by 1% or more");

        Assert.True(second.Code == 0, second.Err);
        Assert.Contains(_gh.Calls, c => c.StartsWith("pr edit 17 --title", StringComparison.Ordinal));
        Assert.Single(_gh.Calls, c => c.StartsWith("pr create", StringComparison.Ordinal));
        Assert.Equal(main, Git(origin, "rev-parse", "refs/heads/main"));
        Assert.Equal(main, Git(origin, "rev-parse", "refs/heads/bench/baseline-refresh^"));
        Assert.Equal("{\"runs\": 2}", Git(origin, "show", "bench/baseline-refresh:baselines/linux-fp1.json"));
        Assert.Equal("Baseline refresh: linux-fp1, 2 benchmark(s) moved by 1% or more", Git(origin, "log", "-1", "--format=%s", "bench/baseline-refresh"));
    }

    [OsFact(CiScriptReason, "Linux")]
    public void Only_baseline_files_are_committed()
    {
        File.WriteAllText(Path.Combine(Work, "baselines", "linux-fp1.json"), "{}\n");
        File.WriteAllText(Path.Combine(Work, "README.md"), "changed by the build\n");

        var result = Propose("Baseline refresh: t");

        Assert.True(result.Code == 0, result.Err);
        Assert.Equal("baselines/linux-fp1.json", Git(Path.Combine(_gh.Root, "origin.git"), "diff", "--name-only", "main", "bench/baseline-refresh"));
    }

    [OsFact(CiScriptReason, "Linux")]
    public void An_unchanged_baseline_proposes_nothing()
    {
        var (code, output, _) = Propose("Baseline refresh: t");

        Assert.Equal(0, code);
        Assert.Contains("nothing to propose", output, StringComparison.Ordinal);
        Assert.Empty(_gh.Calls);
    }

    [OsTheory(CiScriptReason, "Linux")]
    [InlineData("main")]
    [InlineData("feature/x")]
    public void A_branch_outside_bench_is_refused_so_the_default_branch_is_never_pushed(string branch)
    {
        File.WriteAllText(Path.Combine(Work, "baselines", "linux-fp1.json"), "{}\n");

        var (code, _, error) = Propose("Baseline refresh: t", branch);

        Assert.Equal(2, code);
        Assert.Contains("must start with bench/", error, StringComparison.Ordinal);
        Assert.Equal(Git(Path.Combine(_gh.Root, "origin.git"), "rev-parse", "refs/heads/main"), Git(Work, "rev-parse", "HEAD"));
    }
}
