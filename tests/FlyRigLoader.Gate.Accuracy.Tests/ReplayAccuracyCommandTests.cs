using FlyRigLoader.Gate.Accuracy.Cli;
using FlyRigLoader.Gate.TestKit;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Accuracy.Tests;

/// <summary>
/// <c>replay-accuracy</c> end to end on run reports derived from one recorded report (real samples of this machine):
/// five baseline runs, A/A runs and an injected slowdown, judged through the manifest like the recorded trials.
/// </summary>
public sealed class ReplayAccuracyCommandTests : IDisposable
{
    private const string Target = "*PickleSmokeBenchmarks.LoadStandardPickle*";

    private readonly string _dir = Synthetic.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Gate(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = AccuracyCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes a copy of the recorded report under a new run id with every sample scaled (the target by <paramref name="targetFactor"/>).</summary>
    private string Report(string runId, double factor, double targetFactor = 1.0)
    {
        var report = JObject.Parse(File.ReadAllText(Fixture.Path("Fixtures", "benchmark-report-recorded.json")));
        report["run_id"] = runId;
        foreach (var entry in report["benchmark_results"]!.Children<JProperty>().SelectMany(c => ((JObject)c.Value).Properties()))
        {
            var scale = factor * (entry.Name.Contains("LoadStandardPickle", StringComparison.Ordinal) ? targetFactor : 1.0);
            entry.Value["execution_times"] = new JArray(entry.Value["execution_times"]!.Select(t => (double)t * scale));
        }

        File.WriteAllText(Path.Combine(_dir, $"benchmark-report-{runId}.json"), report.ToString());
        return runId;
    }

    private string Manifest(string trials, string? sets = null)
    {
        var path = Path.Combine(_dir, "trials.json");
        File.WriteAllText(path, sets ?? $$"""{ "sets": [ { "name": "t", "reports": ".", "baseline_reports": ["b1", "b2", "b3", "b4", "b5"], "trials": [ {{trials}} ] } ] }""");
        return path;
    }

    [Fact]
    public void Replays_the_manifest_and_prints_the_accuracy_row_per_variant()
    {
        foreach (var (id, i) in new[] { "b1", "b2", "b3", "b4", "b5" }.Select((id, i) => (id, i)))
        {
            Report(id, 1 + (0.01 * i));
        }

        Report("aa1", 1.01);
        Report("inj1", 1.02, 2.0);
        var manifest = Manifest($$"""
            { "run": "aa1", "kind": "aa", "logged": { "exit": 0, "regression": [], "suspected": null, "alloc": [] } },
            { "run": "inj1", "kind": "inject", "target": "{{Target}}", "factor": 1.25 }
            """);
        var config = Path.Combine(_dir, "gate-config.json");
        File.WriteAllText(config, """{ "bootstrap_resamples": 0 }""");

        // The table has columns for the factors the bar names (x1.25, x1.10); the data carries x2 so that the verdict
        // does not hinge on this one recorded report's 40 % within-run spread.
        var (code, output, error) = Gate("replay-accuracy", "--manifest", manifest, "--config", config, "--variant", """loo={"suite_normalization":"leave-one-out"}""", "--details");

        Assert.True(code == 0, error);
        var rows = output.Split('\n').Where(l => l.StartsWith("| config |", StringComparison.Ordinal) || l.StartsWith("| loo |", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("| 0/1 |", r, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("| 1/1 (1/1) |", r, StringComparison.Ordinal));
        Assert.Contains("inj1 Injectx1.25: R=LoadStandardPickle(SizeMb:1) S=- I=- A=-", output, StringComparison.Ordinal);
        Assert.Contains("aa1 AA: R=- S=- I=- A=- target=- =log", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "run": "x", "kind": "nope" }""", "kind 'nope'")]
    [InlineData("""{ "run": "x", "kind": "inject", "target": "*A*" }""", "needs 'factor' above 1")]
    [InlineData("""{ "run": "x", "kind": "alloc" }""", "needs 'target'")]
    [InlineData("""{ "kind": "aa" }""", "run must be a non-empty string")]
    public void A_bad_trial_is_exit_2_naming_the_manifest_and_the_problem(string trial, string problem)
    {
        var manifest = Manifest(trial);

        var (code, _, error) = Gate("replay-accuracy", "--manifest", manifest);

        Assert.Equal(2, code);
        Assert.Contains(manifest, error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_inputs_and_bad_variants_are_exit_2()
    {
        var noBaseline = Manifest(string.Empty, """{ "sets": [ { "name": "t", "reports": ".", "trials": [] } ] }""");
        Assert.Contains("needs 'baseline'", Gate("replay-accuracy", "--manifest", noBaseline).Err, StringComparison.Ordinal);

        var missingReport = Manifest("""{ "run": "gone", "kind": "aa" }""");
        var (code, _, error) = Gate("replay-accuracy", "--manifest", missingReport);
        Assert.Equal(2, code);
        Assert.Contains("benchmark-report-gone.json", error, StringComparison.Ordinal);

        Assert.Equal(2, Gate("replay-accuracy").Code);
        Assert.Equal(2, Gate("replay-accuracy", "--manifest", Path.Combine(_dir, "none.json")).Code);
        Assert.Contains("unknown key 'no_such_key'", Gate("replay-accuracy", "--manifest", missingReport, "--variant", """v={"no_such_key":1}""").Err, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", Gate("replay-accuracy", "--manifest", missingReport, "--variant", "v={").Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--manifest", "m.json", "--colour", "red" }, "error: unknown option --colour; valid options: --manifest, --config, --variant, --pool, --details, --settled, --interference")]
    [InlineData(new[] { "--manifest", "m.json", "--pool", "2", "--interference" }, "error: --interference judges each trial's own report and cannot be combined with --pool")]
    [InlineData(new[] { "--manifest", "m.json", "--pool", "0" }, "error: --pool=0 must be a positive whole number")]
    [InlineData(new[] { "--manifest" }, "error: --manifest needs a value")]
    [InlineData(new[] { "m.json" }, "error: unexpected argument 'm.json'; options are written --name=value")]
    public void A_bad_command_line_is_exit_2_in_the_shared_wording_with_the_usage(string[] args, string expected)
    {
        var (code, _, error) = Gate(["replay-accuracy", .. args]);

        Assert.Equal(2, code);
        Assert.StartsWith(expected + Environment.NewLine + "usage: replay-accuracy", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_manifests_parse()
    {
        var root = RepoRoot.Path;
        foreach (var name in new[] { "trials.json", "trials-same-period.json" })
        {
            var path = Path.Combine(root, "scripts", "accuracy", "replay", name);
            Assert.True(File.Exists(path), path);
            var sets = ReplayManifest.Load(path);
            Assert.Equal(74, sets.Sum(s => s.Trials.Count) + (name == "trials.json" ? 0 : 10));
        }
    }
}
