using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Bisection;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.TestKit;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.EndToEnd;

/// <summary>
/// Bisect on a throwaway clone of this repository with two commits on top of HEAD: one that only edits the README, then
/// one that makes the small-config load three times slower. Every commit it tests is really checked out, built and
/// measured interleaved against HEAD, so this is the slowest test of the suite; it is kept to three builds and three
/// measurements (the bad end, the neutral commit, the culprit against its parent).
/// </summary>
[Trait(SlowTrait.Name, SlowTrait.Value)]
[Trait("Category", "EndToEnd")]
[Collection(SequentialRuns.Name)]
public sealed class BisectTargetTests(ITestOutputHelper log)
{
    private const string LoadFileOpening = "    public static ExperimentConfig LoadFile(string path)\n    {\n";

    [Fact]
    public void Bisect_names_the_commit_that_planted_a_slowdown_and_exits_0()
    {
        var watch = Stopwatch.StartNew();
        using var temp = new TempDirectory();
        var repo = temp.Combine("repo");
        var head = Git(RepoRoot.Path, "rev-parse", "HEAD").Trim();
        Git(temp.Path, "clone", "--quiet", "--no-checkout", RepoRoot.Path, repo);
        Git(repo, "checkout", "--quiet", "--detach", head);

        File.AppendAllText(Path.Combine(repo, "README.md"), "\nA line that changes nothing the benchmarks run.\n");
        var neutral = Commit(repo, "README: a line (neutral)");
        var loader = Path.Combine(repo, "src", "FlyRigLoader", "Configuration", "ConfigLoader.cs");
        var source = File.ReadAllText(loader);
        Assert.Contains(LoadFileOpening, source, StringComparison.Ordinal);
        File.WriteAllText(loader, source.Replace(LoadFileOpening, LoadFileOpening +
            "        // Planted by the Bisect end-to-end test: every load reads and parses the file twice more.\n" +
            "        for (var planted = 0; planted < 2; planted++)\n        {\n            _ = LoadYaml(File.ReadAllText(path), path);\n        }\n\n", StringComparison.Ordinal));
        var slow = Commit(repo, "Config: load three times (planted slowdown)");

        var options = OptionParser.Parse(
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["good"] = [head], ["bad"] = [slow], ["profile"] = ["smoke"], ["filter"] = ["*ConfigSmokeBenchmarks.LoadFromFile*"],
            },
            new Dictionary<string, string?>()).Options!;
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = BisectCommand.Run(options, new BuildPaths(repo), output, error);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Bisect end-to-end: {watch.Elapsed.TotalSeconds:0} s wall"));
        var text = $"exit {code}\n{output}\n{error}";
        log.WriteLine(text);

        Assert.True(code == 0, text);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(repo, "artifacts", "bisect"), "bisect-*.json"));
        var result = JObject.Parse(File.ReadAllText(file));
        Assert.Equal("CULPRIT", (string?)result["outcome"]);
        Assert.Equal(slow, (string?)result["culprit"]!["commit"]!["sha"]);
        Assert.Equal(neutral, (string?)result["culprit"]!["parent"]!["sha"]);
        Assert.Equal([(slow, "BAD"), (neutral, "GOOD")], result["steps"]!.Select(s => ((string)s["commit"]!["sha"]!, (string)s["outcome"]!)));
        Assert.All(result["culprit"]!["benchmarks"]!, b => Assert.True((double)b["ratio"]! > 1.5, b.ToString()));
        Assert.True(Directory.Exists(Path.Combine(repo, "artifacts", "bisect", "builds", slow)), "the culprit's build is cached");
        Assert.Contains("culprit: " + slow, output.ToString(), StringComparison.Ordinal);
    }

    private static string Commit(string repo, string message)
    {
        Git(repo, "add", "-A");
        Git(repo, "-c", "user.name=Bisect Test", "-c", "user.email=bisect@example.invalid", "commit", "--quiet", "-m", message);
        return Git(repo, "rev-parse", "HEAD").Trim();
    }

    private static string Git(string directory, params string[] arguments)
    {
        var result = ChildProcess.Capture(new CommandLine("git", arguments, directory), TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result.Combined}");
        return result.StandardOutput;
    }
}
