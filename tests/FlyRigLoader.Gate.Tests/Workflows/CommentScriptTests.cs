using FlyRigLoader.Gate.PullRequests;
using FlyRigLoader.TestKit;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>
/// scripts/ci/post-benchmark-comment.sh, the only code the write-token job runs, against a stand-in GitHub CLI: it
/// creates the comment once, edits it after, and refuses an artifact it cannot trust without posting anything.
/// </summary>
public sealed class CommentScriptTests : IDisposable
{
    private const string Head = "0123456789abcdef0123456789abcdef01234567";
    private const string Script = "scripts/ci/post-benchmark-comment.sh";

    // The script runs only on its workflow's ubuntu-latest runner; it and the stand-in gh are bash, and it uses GNU stat -c.
    private const string CiScriptReason = "a CI script of an ubuntu-latest workflow job (bash, GNU stat -c)";
    private readonly FakeGh _gh = new();

    public CommentScriptTests()
    {
        _gh.Set("artifact-count", "1\n");
        _gh.Set("pull", $"open {Head}\n");
        _gh.Set("artifact/pr-comment.md", PrComment.Marker + "\n### ✅ Benchmarks: Performance gate passed\n");
        _gh.Set("artifact/pr-number.txt", "42\n");
    }

    public void Dispose() => _gh.Dispose();

    private (int Code, string Out, string Err) Post(string head = Head) =>
        _gh.Run(Script, _gh.Root, new Dictionary<string, string> { ["GH_TOKEN"] = "t", ["REPO"] = "owner/repo", ["RUN_ID"] = "99", ["HEAD_SHA"] = head });

    private bool Posted => _gh.Calls.Any(c => c.StartsWith("api --method", StringComparison.Ordinal));

    [OsFact(CiScriptReason, "Linux")]
    public void Without_a_comment_of_its_own_it_creates_one_on_the_pull_request_the_artifact_names()
    {
        var (code, output, error) = Post();

        Assert.True(code == 0, error);
        Assert.Contains("api --method POST repos/owner/repo/issues/42/comments -F body=@", string.Join("\n", _gh.Calls), StringComparison.Ordinal);
        Assert.Equal(_gh.Read("artifact/pr-comment.md"), _gh.Read("posted-body.md"));
        Assert.Contains("created the benchmark comment on pull request #42", output, StringComparison.Ordinal);
        Assert.Contains(_gh.Calls, c => c.StartsWith("api --paginate repos/owner/repo/issues/42/comments --jq", StringComparison.Ordinal) && c.Contains("github-actions[bot]", StringComparison.Ordinal));
    }

    [OsFact(CiScriptReason, "Linux")]
    public void With_its_comment_already_there_it_edits_that_one()
    {
        _gh.Set("existing-comment", "123456\n");

        var (code, _, error) = Post();

        Assert.True(code == 0, error);
        Assert.Contains(_gh.Calls, c => c.StartsWith("api --method PATCH repos/owner/repo/issues/comments/123456 -F body=@", StringComparison.Ordinal));
        Assert.DoesNotContain(_gh.Calls, c => c.Contains("--method POST", StringComparison.Ordinal));
    }

    [OsTheory(CiScriptReason, "Linux")]
    [InlineData("pr-number.txt", "42; curl evil\n", "does not hold a pull request number")]
    [InlineData("pr-number.txt", "0\n", "does not hold a pull request number")]
    [InlineData("pr-number.txt", "-1\n", "does not hold a pull request number")]
    [InlineData("pr-number.txt", "123456789012345678\n", "too large")]
    [InlineData("pr-comment.md", "no marker here\n", "does not start with the marker")]
    public void An_artifact_it_cannot_trust_is_refused_and_nothing_is_posted(string file, string content, string expected)
    {
        _gh.Set("artifact/" + file, content);

        var (code, _, error) = Post();

        Assert.Equal(1, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(Posted);
    }

    [OsFact(CiScriptReason, "Linux")]
    public void A_comment_over_githubs_limit_is_refused()
    {
        _gh.Set("artifact/pr-comment.md", PrComment.Marker + "\n" + new string('x', 70_000));

        var (code, _, error) = Post();

        Assert.Equal(1, code);
        Assert.Contains("GitHub takes at most 65536", error, StringComparison.Ordinal);
        Assert.False(Posted);
    }

    [OsFact(CiScriptReason, "Linux")]
    public void A_number_naming_a_pull_request_at_another_head_is_not_posted_to()
    {
        _gh.Set("pull", "open ffffffffffffffffffffffffffffffffffffffff\n");

        var (code, output, _) = Post();

        Assert.Equal(0, code);
        Assert.Contains("::warning title=Benchmark comment::pull request #42", output, StringComparison.Ordinal);
        Assert.False(Posted);
    }

    [OsFact(CiScriptReason, "Linux")]
    public void A_run_without_the_artifact_posts_nothing_and_succeeds()
    {
        _gh.Set("artifact-count", "0\n");

        var (code, output, _) = Post();

        Assert.Equal(0, code);
        Assert.Contains("left no benchmark-pr-comment artifact", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_gh.Calls, c => c.StartsWith("run download", StringComparison.Ordinal));
    }

    [OsFact(CiScriptReason, "Linux")]
    public void A_head_sha_that_is_not_a_sha_is_a_usage_error()
    {
        var (code, _, error) = Post(head: "main; rm -rf /");

        Assert.Equal(2, code);
        Assert.Contains("HEAD_SHA", error, StringComparison.Ordinal);
        Assert.Empty(_gh.Calls);
    }
}
