using FlyRigLoader.Gate.Bisection;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Bisection;

/// <summary>Resolving --good and --bad on a small real repository: a mainline, and a branch merged into it.</summary>
public sealed class BisectRangeTests : IDisposable
{
    private readonly TempDirectory _repo = new();
    private readonly Dictionary<string, string> _sha = [];

    public BisectRangeTests()
    {
        // m0 - m1 - m2 ------- merge - m3      (main, first parents)
        //            \- f1 - f2 /              (feature)
        Git("init", "--quiet", "-b", "main");
        Commit("m0");
        Commit("m1");
        Commit("m2");
        Git("checkout", "--quiet", "-b", "feature");
        Commit("f1");
        Commit("f2");
        Git("checkout", "--quiet", "main");
        Git("-c", "user.name=T", "-c", "user.email=t@example.invalid", "merge", "--quiet", "--no-ff", "-m", "merge feature", "feature");
        _sha["merge"] = Git("rev-parse", "HEAD").Trim();
        Commit("m3");
    }

    [Fact]
    public void The_path_is_the_first_parent_chain_after_good_oldest_first_with_subjects_and_dates()
    {
        var range = BisectRange.Resolve(Options("m1", "main"), _repo.Path);

        Assert.Equal([_sha["m2"], _sha["merge"], _sha["m3"]], range.Path);
        Assert.Equal(_sha["m1"], range.Good.Sha);
        Assert.Equal(("m3", _sha["m3"]), (range.Bad.Subject, range.Bad.Sha));
        Assert.True(DateTimeOffset.TryParse(range.Bad.AuthorDate, System.Globalization.CultureInfo.InvariantCulture, out _), range.Bad.AuthorDate);
    }

    [Fact]
    public void A_good_commit_on_a_merged_branch_bisects_the_mainline_from_its_merge()
    {
        var range = BisectRange.Resolve(Options(_sha["f1"], "main"), _repo.Path);

        Assert.Equal([_sha["merge"], _sha["m3"]], range.Path);
    }

    [Theory]
    [InlineData(null, "main", "--good: missing")]
    [InlineData("m1", null, "--bad: missing")]
    [InlineData(null, null, "--good and --bad: missing")]
    [InlineData("no-such-ref", "main", "--good=no-such-ref: git ref does not resolve to a commit")]
    [InlineData("m1", "nope~3", "--bad=nope~3: git ref does not resolve to a commit")]
    [InlineData("main", "main~0", "--good=main: is the same commit as --bad=main~0")]
    [InlineData("main", "m1", "--good=main: (")]
    [InlineData("f2", "m2", "is not an ancestor of --bad=m2")]
    public void Bad_input_is_refused_naming_the_option(string? good, string? bad, string message)
    {
        var e = Assert.Throws<GateInputException>(() => BisectRange.Resolve(Options(good, bad), _repo.Path));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_git_repository_the_refs_do_not_resolve()
    {
        using var empty = new TempDirectory();

        var e = Assert.Throws<GateInputException>(() => BisectRange.Resolve(Options("HEAD~1", "HEAD"), empty.Path));

        Assert.Equal("--good=HEAD~1", e.File);
    }

    public void Dispose() => _repo.Dispose();

    private static BuildOptions Options(string? good, string? bad) => new() { Good = good, Bad = bad };

    private void Commit(string name)
    {
        File.WriteAllText(_repo.Combine(name + ".txt"), name);
        Git("add", "-A");
        Git("-c", "user.name=T", "-c", "user.email=t@example.invalid", "commit", "--quiet", "-m", name);
        _sha[name] = Git("rev-parse", "HEAD").Trim();
        Git("tag", name);
    }

    private string Git(params string[] arguments)
    {
        var result = ChildProcess.Capture(new CommandLine("git", arguments, _repo.Path), TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result.Combined}");
        return result.StandardOutput;
    }
}
