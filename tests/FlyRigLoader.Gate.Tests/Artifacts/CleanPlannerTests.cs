using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Artifacts;

/// <summary>Clean wipes generated output but never the running gate, the README, or anything a symlink points at.</summary>
public sealed class CleanPlannerTests
{
    [Fact]
    public void Top_level_to_delete_keeps_readme_cache_and_build_folders()
    {
        Assert.Equal(["coverage", "reports"], CleanPlanner.TopLevelToDelete(["README.md", "reports", "cake", "bin", "coverage", "obj"]));
    }

    [Fact]
    public void Execute_removes_outputs_but_not_gate_nor_link_targets()
    {
        using var repo = new TempDirectory();
        using var outside = new TempDirectory();
        var paths = new BuildPaths(repo.Path);
        File.WriteAllText(outside.Combine("precious.txt"), "keep");
        Directory.CreateDirectory(Path.Combine(paths.Reports, "sub"));
        File.WriteAllText(Path.Combine(paths.Reports, "sub", "r.json"), "{}");
        Directory.CreateDirectory(Path.Combine(paths.Bin, "FlyRigLoader.Gate"));
        Directory.CreateDirectory(Path.Combine(paths.Bin, "FlyRigLoader"));
        File.WriteAllText(Path.Combine(paths.Artifacts, "README.md"), "doc");
        Directory.CreateSymbolicLink(Path.Combine(paths.Artifacts, "escape"), outside.Path);

        var removed = CleanPlanner.Execute(paths);

        Assert.False(Directory.Exists(paths.Reports));
        Assert.False(Directory.Exists(Path.Combine(paths.Bin, "FlyRigLoader")));
        Assert.True(Directory.Exists(Path.Combine(paths.Bin, "FlyRigLoader.Gate")));
        Assert.True(File.Exists(Path.Combine(paths.Artifacts, "README.md")));
        Assert.False(Path.Exists(Path.Combine(paths.Artifacts, "escape")));
        Assert.Equal("keep", File.ReadAllText(outside.Combine("precious.txt")));
        Assert.Equal(3, removed.Count);
    }
}
