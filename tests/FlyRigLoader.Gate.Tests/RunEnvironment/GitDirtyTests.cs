using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.RunEnvironment;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

/// <summary>
/// What makes a run dirty, on a real repository: a K-run baseline refill edits baselines/ between runs, and those edits
/// (like generated artifacts) must not mark the next run dirty, or UpdateBaseline would refuse it.
/// </summary>
public sealed class GitDirtyTests : IDisposable
{
    private readonly TempDirectory _repo = new();

    public GitDirtyTests()
    {
        Directory.CreateDirectory(_repo.Combine("src"));
        Directory.CreateDirectory(_repo.Combine("baselines"));
        File.WriteAllText(_repo.Combine("src", "a.cs"), "class A;");
        File.WriteAllText(_repo.Combine("baselines", "linux.json"), "{}");
        Git("init", "--quiet", "-b", "main");
        Git("add", "-A");
        Git("-c", "user.name=T", "-c", "user.email=t@example.invalid", "commit", "--quiet", "-m", "start");
    }

    [Fact]
    public void A_changed_baseline_leaves_the_run_clean_and_a_changed_source_makes_it_dirty()
    {
        File.WriteAllText(_repo.Combine("baselines", "linux.json"), "{\"runs\": []}");
        Assert.False(EnvironmentDetector.Detect(new HostProbe(), _repo.Path, "default").Git.Dirty);

        File.WriteAllText(_repo.Combine("src", "a.cs"), "class B;");
        Assert.True(EnvironmentDetector.Detect(new HostProbe(), _repo.Path, "default").Git.Dirty);
    }

    public void Dispose() => _repo.Dispose();

    private void Git(params string[] arguments)
    {
        var result = ChildProcess.Capture(new CommandLine("git", arguments, _repo.Path), TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result.Combined}");
    }
}
