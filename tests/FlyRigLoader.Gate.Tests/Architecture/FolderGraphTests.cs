using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Architecture;

/// <summary>The gate's folders depend one way: no cycle between namespaces, and only the CLI knows the CLI.</summary>
public sealed class FolderGraphTests
{
    private static string Eng(string project) => Path.Combine(RepoRoot.Path, "eng", project);

    public static TheoryData<string, string> Projects => new()
    {
        { "FlyRigLoader.Gate.Contracts", "FlyRigLoader.Gate.Contracts" },
        { "FlyRigLoader.Gate.Core", "FlyRigLoader.Gate.Core" },
        { "FlyRigLoader.Gate", "FlyRigLoader.Gate" },
        { "FlyRigLoader.Gate.Accuracy", "FlyRigLoader.Gate.Accuracy" },
        { "FlyRigLoader.Interleaving", "FlyRigLoader.Interleaving" },
        { "FlyRigLoader.Charts", "FlyRigLoader.Charts" },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void Folders_of_each_project_form_no_cycle(string project, string root)
    {
        var graph = NamespaceGraph.OfFolder(root, Eng(project));
        Assert.NotEmpty(graph.Namespaces);
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(c =>
            string.Join(" ", c) + ": " + string.Join("; ", c.SelectMany(a => c.Where(b => graph.From(a).Contains(b)).Select(b => $"{a} -> {b} ({graph.Evidence(a, b)})"))))));
    }

    [Fact]
    public void Only_the_command_line_uses_the_command_line()
    {
        var graph = NamespaceGraph.OfFolder("FlyRigLoader.Gate", Eng("FlyRigLoader.Gate"));
        var users = graph.Namespaces.Where(n => graph.From(n).Contains("FlyRigLoader.Gate.Cli")).ToList();
        Assert.Empty(users);
    }

    [Fact]
    public void A_parent_that_uses_its_child_is_a_cycle()
    {
        var graph = NamespaceGraph.Build("R", [
            ("A/X.cs", "namespace R.A;\nclass X { R.B.Y y; }"),
            ("B/Y.cs", "namespace R.B;\nusing R.B.C;\nclass Y { }"),
            ("B/C/Z.cs", "namespace R.B.C;\nclass Z { }"),
            ("D/W.cs", "namespace R.D;\nclass W { A.X x; } // R.B.C.Z in a comment is no edge"),
        ]);
        Assert.Equal(["R.B", "R.B.C"], Assert.Single(graph.Cycles()));
        Assert.Contains("R.B", graph.From("R.A"));
        Assert.Equal(["R.A"], graph.From("R.D"));
    }

    [Fact]
    public void A_two_folder_cycle_is_found_and_an_acyclic_graph_passes()
    {
        var cyclic = NamespaceGraph.Build("R", [("A/X.cs", "namespace R.A;\nusing R.B;\n"), ("B/Y.cs", "namespace R.B;\nusing R.A;\n")]);
        Assert.Equal(["R.A", "R.B"], Assert.Single(cyclic.Cycles()));
        var acyclic = NamespaceGraph.Build("R", [("A/X.cs", "namespace R.A;\nusing R.B;\n"), ("B/Y.cs", "namespace R.B;\n")]);
        Assert.Empty(acyclic.Cycles());
    }
}
