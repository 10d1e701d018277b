using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.History;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.TestKit;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Tests.Pipeline;

/// <summary>
/// The history through the Cake entry points on a temporary repository root: UpdateBaseline writes it beside the
/// baseline, CheckRegression judges creep against its anchor (no git there, so runs are accepted with --allow-dirty).
/// </summary>
public sealed class RegressionGateHistoryTests : IDisposable
{
    private static readonly string Slowed = Synthetic.Names[3];

    private readonly string _root = Synthetic.TempDir();
    private int _hour;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private BuildPaths Paths => new(_root);

    // Each report gets a later file time: the run id and date come from it.
    private string Report(string name, double factor, int seed)
    {
        var dir = Path.Combine(_root, "artifacts", "runs", name);
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "Suite-report-full.json");
        Synthetic.WriteBdn(file, Synthetic.Run(seed, slow: new Dictionary<string, double> { [Slowed] = factor }));
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-30).AddHours(++_hour));
        return dir;
    }

    private static (int Code, string Out, string Err) Call(Func<TextWriter, TextWriter, int> action)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = action(output, error);
        return (code, output.ToString(), error.ToString());
    }

    private (int Code, string Out, string Err) Update(string report, BuildOptions? options = null) =>
        Call((o, e) => RegressionGate.UpdateBaseline((options ?? new BuildOptions()) with { Report = report, AllowDirty = true }, Paths, o, e));

    private (int Code, string Out, string Err) Check(string report, BuildOptions? options = null) =>
        Call((o, e) => RegressionGate.CheckRegression((options ?? new BuildOptions()) with { Report = report }, Paths, o, e));

    private string HistoryFile => Directory.GetFiles(Path.Combine(_root, "baselines", "history")).Single();

    private string BaselineFile => Directory.GetFiles(Path.Combine(_root, "baselines")).Single();

    [Fact]
    public void Five_pull_requests_of_four_percent_each_pass_the_per_change_gate_and_end_in_creep_against_the_anchor()
    {
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(0, Update(Report("main" + i, 1.0, i)).Code);
        }

        var level = 1.0;
        for (var pr = 1; pr <= 5; pr++)
        {
            level *= 1.04;
            var report = Report("pr" + pr, level, 100 + pr);
            var check = Check(report);
            var verdict = Verdict(Path.Combine(_root, "artifacts", "statistical-analysis"), Slowed);

            // The per-change gate compares with the last K = 5 accepted runs, each PR merged before the next.
            Assert.Equal(0, check.Code);
            Assert.NotEqual("REGRESSION", verdict);
            if (pr < 5)
            {
                Assert.Equal(0, Update(report).Code);
            }
            else
            {
                Assert.Contains("warning: CREEP: 1 benchmark(s) at least 15% slower than the anchor", check.Out, StringComparison.Ordinal);
                Assert.Contains("| CREEP | `" + Slowed + "` | 1.", check.Out, StringComparison.Ordinal);
            }
        }

        var history = HistoryStore.Read(HistoryFile);
        Assert.Equal(9, history.Runs.Count);
        Assert.Equal(5, BaselineStore.Read(BaselineFile).Runs.Count);

        // The same run with --fail-on-creep fails; the JSON records the anchor, the ratio and its interval.
        var failed = Check(Path.Combine(_root, "artifacts", "runs", "pr5"), new BuildOptions { FailOnCreep = true, CiMode = true });
        Assert.Equal(1, failed.Code);
        Assert.Contains("::error title=CREEP::", failed.Out, StringComparison.Ordinal);
        Assert.Contains("error: CREEP", failed.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("performance regression detected", failed.Err, StringComparison.Ordinal);
        var json = JObject.Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(_root, "artifacts", "statistical-analysis"), "regression-analysis-*.json").Single(f => f.Contains(RunId("pr5"), StringComparison.Ordinal))));
        var creep = json["history"]!["benchmarks"]!.Single(b => (string?)b["full_name"] == Slowed)!;
        Assert.Equal("CREEP", (string?)creep["creep"]);
        Assert.InRange((double)creep["ratio"]!, 1.17, 1.27);
        Assert.True((double)creep["ratio_ci"]![0]! > 1.0);
        Assert.Equal(HistoryAnchor.ByAge, (string?)json["history"]!["anchor"]!["chosen_by"]);
        Assert.Equal(1, (int)json["exit_code"]!);
    }

    [Fact]
    public void A_pinned_anchor_moves_the_reference_and_anchor_names_another()
    {
        Assert.Equal(0, Update(Report("old", 1.0, 1), new BuildOptions { Anchor = "v1.0" }).Code);
        Assert.Equal(0, Update(Report("mid", 1.3, 2)).Code);
        var pinned = Update(Report("release", 1.3, 3), new BuildOptions { Anchor = "", AnchorLabel = "v1.2" });
        Assert.Equal(0, pinned.Code);
        Assert.Contains("pinned run", pinned.Out, StringComparison.Ordinal);
        var slow = Report("now", 1.3, 4);

        var againstPin = Check(slow);
        var againstOld = Check(slow, new BuildOptions { Anchor = "v1.0" });
        var failing = Check(slow, new BuildOptions { Anchor = "v1.0", FailOnCreep = true });
        var unknown = Check(slow, new BuildOptions { Anchor = "v9" });

        Assert.Contains("Anchor (pinned): 'v1.2'", againstPin.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("CREEP:", againstPin.Out, StringComparison.Ordinal);
        Assert.Equal(0, againstOld.Code);
        Assert.Contains("Anchor (--anchor): 'v1.0'", againstOld.Out, StringComparison.Ordinal);
        Assert.Contains("warning: CREEP", againstOld.Out, StringComparison.Ordinal);
        Assert.Equal(1, failing.Code);
        Assert.Equal(2, unknown.Code);
        Assert.Contains("--anchor=v9 names no kept run", unknown.Err, StringComparison.Ordinal);
        Assert.Contains("v1.0, v1.2", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_history_stops_update_baseline_and_check_regression_with_exit_2_and_nothing_written()
    {
        Assert.Equal(0, Update(Report("a", 1.0, 1)).Code);
        File.WriteAllText(HistoryFile, File.ReadAllText(HistoryFile).Replace("\"n\":15", "\"n\":0", StringComparison.Ordinal));
        var baselineBefore = File.ReadAllText(BaselineFile);
        var historyBefore = File.ReadAllText(HistoryFile);
        var next = Report("b", 1.0, 2);

        var update = Update(next);
        var check = Check(next);

        Assert.Equal(2, update.Code);
        Assert.Contains(HistoryFile + ": runs[0].benchmarks[0]", update.Err, StringComparison.Ordinal);
        Assert.Contains("n must be a positive integer", update.Err, StringComparison.Ordinal);
        Assert.Equal(baselineBefore, File.ReadAllText(BaselineFile));
        Assert.Equal(historyBefore, File.ReadAllText(HistoryFile));
        Assert.Equal(2, check.Code);
        Assert.Contains(HistoryFile, check.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_history_file_the_baseline_runs_stand_in_and_the_first_update_seeds_the_history_from_them()
    {
        Assert.Equal(0, Update(Report("a", 1.0, 1)).Code);
        Assert.Equal(0, Update(Report("b", 1.0, 2)).Code);
        File.Delete(HistoryFile);

        var check = Check(Report("c", 1.0, 3));
        Assert.Contains("history the baseline's runs (no history file yet): 2 run(s)", check.Out, StringComparison.Ordinal);

        Assert.Equal(0, Update(Path.Combine(_root, "artifacts", "runs", "c")).Code);
        Assert.Equal(3, HistoryStore.Read(HistoryFile).Runs.Count);
    }

    private string RunId(string report) =>
        File.GetLastWriteTimeUtc(Path.Combine(_root, "artifacts", "runs", report, "Suite-report-full.json")).ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Verdict(string folder, string name)
    {
        var newest = Directory.GetFiles(folder, "regression-analysis-*.json").OrderByDescending(File.GetLastWriteTimeUtc).First();
        return (string?)JObject.Parse(File.ReadAllText(newest))["benchmarks"]!.Single(b => (string?)b["full_name"] == name)!["verdict"];
    }
}
