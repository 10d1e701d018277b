using FlyRigLoader.Gate.Bisection;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.TestKit;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Tests.Bisection;

public sealed class BuildCacheTests
{
    private static readonly string Sha = new('5', 40);

    [Fact]
    public void A_commit_known_not_to_build_is_not_built_again()
    {
        using var root = new TempDirectory();
        root.Write($"artifacts/bisect/builds/{Sha}/release/build.json", """{ "sha": "5555", "succeeded": false, "failure": "CS1002: ; expected" }""");
        using var output = new StringWriter();

        var build = new BuildCache(new BuildPaths(root.Path), "Release", output).Get(Sha);

        Assert.Equal((null, "CS1002: ; expected", true), (build.Dll, build.Failure, build.Cached));
        Assert.Contains("known not to build", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cached_build_is_used_from_its_folder()
    {
        using var root = new TempDirectory();
        root.Write($"artifacts/bisect/builds/{Sha}/release/build.json", """{ "sha": "5555", "succeeded": true, "failure": null }""");
        var dll = root.Write($"artifacts/bisect/builds/{Sha}/release/FlyRigLoader.Benchmarks.dll", "not really a dll");

        var build = new BuildCache(new BuildPaths(root.Path), "Release", TextWriter.Null).Get(Sha);

        Assert.Equal((dll, true, 0.0), (build.Dll, build.Cached, build.BuildSeconds));
    }

    [Theory]
    [InlineData("""{ "succeeded": true }""")]
    [InlineData("{ not json")]
    public void A_marker_without_its_build_or_unreadable_is_not_trusted(string marker)
    {
        using var root = new TempDirectory();
        root.Write($"artifacts/bisect/builds/{Sha}/release/build.json", marker);

        // Not trusted means built again, which needs the commit checked out; here there is no repository to check it out from.
        var e = Assert.Throws<GateInputException>(() => new BuildCache(new BuildPaths(root.Path), "Release", TextWriter.Null).Get(Sha));

        Assert.Contains("git worktree add failed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commit_that_does_not_build_is_checked_out_tried_recorded_and_its_worktree_removed()
    {
        using var repo = new TempDirectory();
        Git(repo.Path, "init", "--quiet");
        repo.Write("README.md", "no benchmark project in this commit");
        Git(repo.Path, "add", "-A");
        Git(repo.Path, "-c", "user.name=T", "-c", "user.email=t@example.invalid", "commit", "--quiet", "-m", "readme only");
        var sha = Git(repo.Path, "rev-parse", "HEAD").Trim();
        var cache = new BuildCache(new BuildPaths(repo.Path), "Release", TextWriter.Null);

        var first = cache.Get(sha);
        var second = cache.Get(sha);

        Assert.Null(first.Dll);
        Assert.False(first.Cached);
        Assert.Contains("benchmark project not found", first.Failure, StringComparison.Ordinal);
        Assert.Equal((null, first.Failure, true), (second.Dll, second.Failure, second.Cached));
        var marker = JObject.Parse(File.ReadAllText(Path.Combine(cache.Folder(sha), "build.json")));
        Assert.Equal((sha, false), ((string?)marker["sha"], (bool?)marker["succeeded"]));
        Assert.False(Directory.Exists(repo.Combine("artifacts", "bisect", "worktrees", sha[..12])));
        Assert.DoesNotContain(sha[..12], Git(repo.Path, "worktree", "list"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(cache.Folder(sha))!, ".*"));
    }

    private static string Git(string directory, params string[] arguments)
    {
        var result = ChildProcess.Capture(new CommandLine("git", arguments, directory), TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result.Combined}");
        return result.StandardOutput;
    }
}
