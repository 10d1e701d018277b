using FlyRigLoader.Gate.Accuracy.Flavours;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Accuracy.Tests.Flavours;

public sealed class FlavourBuilderTests
{
    private const string Benchmark = """
        namespace FlyRigLoader.Benchmarks.Config;
        public class ConfigSmokeBenchmarks { [Benchmark] public int LoadFromFile() => 1; }
        """;

    private static readonly InjectionSpec Slower = new("*ConfigSmokeBenchmarks.LoadFromFile*", 1.25, 0);

    /// <summary>A work tree with the two folders a flavour copies (not buildable: the project file is a stub).</summary>
    private static TempDirectory Tree(string benchmark = Benchmark)
    {
        var dir = new TempDirectory();
        dir.Write("src/FlyRigLoader/Library.cs", "namespace FlyRigLoader; public static class Library { }");
        dir.Write("benchmarks/FlyRigLoader.Benchmarks/Config/ConfigSmokeBenchmarks.cs", benchmark);
        dir.Write("benchmarks/FlyRigLoader.Benchmarks/FlyRigLoader.Benchmarks.csproj", "<Project>not a project</Project>");
        dir.Write("Directory.Build.props", "<Project />");
        return dir;
    }

    [Fact]
    public void The_sources_are_the_library_the_suite_and_the_root_build_files_without_build_outputs()
    {
        using var tree = Tree();
        tree.Write("benchmarks/FlyRigLoader.Benchmarks/obj/project.assets.json", "{}");
        tree.Write("src/FlyRigLoader/bin/Release/x.txt", "x");
        tree.Write("README.md", "not copied");

        var files = FlavourSources.Read(tree.Path).Select(f => f.RelativePath);

        Assert.Equal(
            ["Directory.Build.props", "benchmarks/FlyRigLoader.Benchmarks/Config/ConfigSmokeBenchmarks.cs", "benchmarks/FlyRigLoader.Benchmarks/FlyRigLoader.Benchmarks.csproj", "src/FlyRigLoader/Library.cs"],
            files);
    }

    [Fact]
    public void The_content_hash_follows_every_file_and_the_injection_but_not_the_order_files_were_read_in()
    {
        SourceFile[] files = [new("a.cs", "class A { }"), new("b.cs", "class B { }")];

        var hash = FlavourSources.ContentHash(files, Slower);

        Assert.Equal(hash, FlavourSources.ContentHash([files[1], files[0]], Slower));
        Assert.NotEqual(hash, FlavourSources.ContentHash([files[0], files[1] with { Text = "class B { int x; }" }], Slower));
        Assert.NotEqual(hash, FlavourSources.ContentHash([files[0], files[1] with { RelativePath = "c.cs" }], Slower));
        Assert.NotEqual(hash, FlavourSources.ContentHash(files, Slower with { Factor = 1.1 }));
        Assert.NotEqual(hash, FlavourSources.ContentHash(files, Slower with { ExtraBytes = 1024 }));
        Assert.NotEqual(hash, FlavourSources.ContentHash(files, Slower with { TargetGlob = "*Other*" }));
    }

    [Fact]
    public void A_complete_earlier_build_with_the_same_hash_is_reused_without_building()
    {
        using var tree = Tree();
        var folder = Path.Combine(tree.Path, "artifacts", "accuracy", "flavours");
        var hash = FlavourSources.ContentHash(FlavourSources.Read(tree.Path), Slower);
        var directory = Path.Combine(folder, "inject125-" + hash[..12]);
        Directory.CreateDirectory(Path.GetDirectoryName(FlavourBuilder.DllIn(directory))!);
        File.WriteAllText(FlavourBuilder.DllIn(directory), "built before");
        File.WriteAllText(Path.Combine(directory, FlavourBuilder.MarkerFile), $$"""{ "hash": "{{hash}}" }""");
        using var log = new StringWriter();

        var flavour = FlavourBuilder.Ensure(tree.Path, folder, "inject125", Slower, log);

        Assert.True(flavour.Cached);
        Assert.Equal(FlavourBuilder.DllIn(directory), flavour.Dll);
        Assert.Equal("FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile", flavour.MethodFullName);
        Assert.Equal("built before", File.ReadAllText(flavour.Dll));
        Assert.Contains("cached build", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_benchmark_makes_a_new_flavour_whose_failed_build_names_its_log_and_leaves_no_marker()
    {
        using var tree = Tree();
        var folder = Path.Combine(tree.Path, "artifacts", "accuracy", "flavours");
        var before = FlavourSources.ContentHash(FlavourSources.Read(tree.Path), Slower);
        tree.Write("benchmarks/FlyRigLoader.Benchmarks/Config/ConfigSmokeBenchmarks.cs", Benchmark.Replace("=> 1", "=> 2", StringComparison.Ordinal));

        var e = Assert.Throws<GateInputException>(() => FlavourBuilder.Ensure(tree.Path, folder, "inject125", Slower, TextWriter.Null));

        var directory = Assert.Single(Directory.GetDirectories(folder));
        Assert.DoesNotContain(before[..12], directory, StringComparison.Ordinal);
        Assert.Contains("building flavour inject125 failed", e.Problem, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(directory, "build.log"), e.Problem, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, FlavourBuilder.MarkerFile)));
        Assert.Contains("=> 2", File.ReadAllText(Path.Combine(directory, "benchmarks/FlyRigLoader.Benchmarks/Config/ConfigSmokeBenchmarks.cs")), StringComparison.Ordinal);
        Assert.Contains("FlavourInjection.After", File.ReadAllText(Path.Combine(directory, "benchmarks/FlyRigLoader.Benchmarks/Config/ConfigSmokeBenchmarks.cs")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, FlavourInjectionSource.RelativePath)));
    }

    [Fact]
    public void A_target_that_matches_no_benchmark_fails_before_anything_is_copied()
    {
        using var tree = Tree();
        var folder = Path.Combine(tree.Path, "artifacts", "accuracy", "flavours");

        var e = Assert.Throws<GateInputException>(() => FlavourBuilder.Ensure(tree.Path, folder, "inject125", Slower with { TargetGlob = "*Missing*" }, TextWriter.Null));

        Assert.Equal("*Missing*", e.File);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_flavour_is_built_once_then_reused_and_a_new_build_replaces_older_builds_of_its_name()
    {
        // A tiny buildable tree shaped like the repository: the suite project builds into artifacts/bin like the real one.
        using var tree = Tree("""
            namespace FlyRigLoader.Benchmarks.Config;
            [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class BenchmarkAttribute : System.Attribute { }
            public class ConfigSmokeBenchmarks { [Benchmark] public int LoadFromFile() => 1; }
            """);
        tree.Write("Directory.Build.props", "<Project><PropertyGroup><UseArtifactsOutput>true</UseArtifactsOutput><ArtifactsPath>$(MSBuildThisFileDirectory)artifacts</ArtifactsPath></PropertyGroup></Project>");
        tree.Write("benchmarks/FlyRigLoader.Benchmarks/FlyRigLoader.Benchmarks.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup></Project>");
        tree.Write("src/FlyRigLoader/Library.cs", "// not compiled: the tiny suite references no library");
        var folder = Path.Combine(tree.Path, "artifacts", "accuracy", "flavours");

        var first = FlavourBuilder.Ensure(tree.Path, folder, "inject125", Slower, TextWriter.Null);
        var again = FlavourBuilder.Ensure(tree.Path, folder, "inject125", Slower, TextWriter.Null);
        Assert.False(first.Cached);
        Assert.True(File.Exists(first.Dll));

        tree.Write("src/FlyRigLoader/Library.cs", "// edited: another flavour");
        var rebuilt = FlavourBuilder.Ensure(tree.Path, folder, "inject125", Slower, TextWriter.Null);

        Assert.True(again.Cached);
        Assert.Equal(first.Dll, again.Dll);
        Assert.False(rebuilt.Cached);
        Assert.NotEqual(first.Hash, rebuilt.Hash);
        Assert.Equal([rebuilt.Directory], Directory.GetDirectories(folder));
    }

    [Theory]
    [InlineData(0.9, 0)]
    [InlineData(double.NaN, 0)]
    [InlineData(1.25, -1)]
    public void Factors_below_one_and_negative_bytes_are_refused(double factor, int bytes) =>
        Assert.Throws<GateInputException>(() => new InjectionSpec("*X*", factor, bytes).Validated());

    [Fact]
    public void An_identity_flavour_needs_no_target_and_describes_itself()
    {
        var identity = new InjectionSpec("", 1.0, 0).Validated();

        Assert.True(identity.IsIdentity);
        Assert.Equal("identity", identity.Describe());
        Assert.Equal("x1.25 +1024B", new InjectionSpec("*X*", 1.25, 1024).Describe());
    }
}
