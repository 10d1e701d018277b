using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Baselines;

/// <summary>The refresh pull request's title and body: what appending a run does to the references the gate compares with.</summary>
public sealed class BaselineRefreshSummaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
    private static readonly string Slowed = Synthetic.Names[2];

    private static BaselineFile Append(BaselineFile? file, MeasuredRun run) => BaselineUpdater.Append(file, run, 5, allowDirty: false).Updated!;

    [Fact]
    public void The_reference_is_the_median_of_run_medians_so_a_second_run_moves_it_half_way()
    {
        var before = Append(null, Synthetic.Run(1));
        var after = Append(before, Synthetic.Run(2, slow: new Dictionary<string, double> { [Slowed] = 1.3 }));

        var moves = BaselineMovement.Compare(before, after);

        Assert.Equal(Slowed, moves[0].FullName);
        Assert.InRange(moves[0].Ratio!.Value, 1.12, 1.18);
        Assert.All(moves.Skip(1), m => Assert.InRange(m.Ratio!.Value, 0.97, 1.03));
    }

    [Fact]
    public void Title_and_body_list_the_benchmarks_whose_reference_moved_and_by_how_much()
    {
        var before = Append(null, Synthetic.Run(1));
        var after = Append(before, Synthetic.Run(2, slow: new Dictionary<string, double> { [Slowed] = 1.3 }));

        var text = BaselineRefreshSummary.Render("baselines/linux-x64-2core-fp1.json", before, after, "run-2", [], 30, Now);
        var lines = text.Split('\n');

        Assert.Matches(@"^# Baseline refresh: linux-x64-2core-fp1, \d benchmark\(s\) moved by 1% or more \(largest DiscoveryBenchmarks\.Discover\(FileCount: 100\) \+1\d\.\d% \(×1\.1\d\d\)\)$", lines[0]);
        Assert.Contains("Appends run `run-2` (commit `abc123`, 2026-11-20 02:00 UTC) to `baselines/linux-x64-2core-fp1.json`, which now holds 2 of K = 5 runs.", text, StringComparison.Ordinal);
        Assert.Matches(@"\| `" + System.Text.RegularExpressions.Regex.Escape(Slowed) + @"` \| 30\d\.\d{3} us \| 3[45]\d\.\d{3} us \| \+1\d\.\d% \(×1\.1\d\d\) \|", text);
        Assert.DoesNotContain("new baseline file", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_fingerprint_starts_a_new_file_and_the_summary_says_so()
    {
        var after = Append(null, Synthetic.Run(1, fingerprint: "fp2"));

        var text = BaselineRefreshSummary.Render("baselines/linux-x64-2core-fp2.json", null, after, "run-1", [], 30, Now);

        Assert.StartsWith("# Baseline refresh: new baseline linux-x64-2core-fp2 (5 benchmarks)\n", text, StringComparison.Ordinal);
        Assert.Contains("**new baseline file**: no baseline had this runner's environment fingerprint `fp2` yet", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dropped_runs_allocation_moves_and_other_baseline_files_are_reported()
    {
        var before = Enumerable.Range(1, 5).Aggregate((BaselineFile?)null, (f, i) => Append(f, Synthetic.Run(i)));
        var after = Append(before, Synthetic.Run(6, extraBytes: new Dictionary<string, double> { [Synthetic.Names[0]] = 4096 }));
        OtherBaseline[] others =
        [
            new("linux-x64-2core-old.json", 5, Now.AddDays(-45), null),
            new("linux-x64-2core-recent.json", 3, Now.AddDays(-2), null),
            new("broken.json", null, null, "baseline is not valid JSON (line 1)"),
        ];

        var text = BaselineRefreshSummary.Render("baselines/linux-x64-2core-fp1.json", before, after, "run-6", others, 30, Now);

        Assert.Contains("Drops the oldest run `run-1` (2026-11-20).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("| `" + Synthetic.Names[0] + "` | 1000 B | 5096 B |", text, StringComparison.Ordinal); // one run of five does not move a median
        Assert.Contains("- `linux-x64-2core-old.json`: 5 run(s), newest 45 days old: STALE (over 30 days)", text, StringComparison.Ordinal);
        Assert.Contains("- `linux-x64-2core-recent.json`: 3 run(s), newest 2 days old\n", text, StringComparison.Ordinal);
        Assert.Contains("- `broken.json`: unreadable: baseline is not valid JSON (line 1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allocation_change_beyond_the_jitter_tolerance_is_listed()
    {
        var before = Append(null, Synthetic.Run(1));
        var after = Append(before, Synthetic.Run(2, extraBytes: new Dictionary<string, double> { [Synthetic.Names[0]] = 4096 }));

        var text = BaselineRefreshSummary.Render("baselines/x-fp1.json", before, after, "run-2", [], 30, Now);

        Assert.Contains("| `" + Synthetic.Names[0] + "` | 1000 B | 3048 B |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_baseline_writes_the_summary_file_beside_the_baseline_it_names()
    {
        var root = Synthetic.TempDir();
        try
        {
            var paths = new BuildPaths(root);
            var runs = Path.Combine(root, "artifacts", "runs");
            Directory.CreateDirectory(runs);
            Synthetic.WriteBdn(Path.Combine(runs, "Suite-report-full.json"), Synthetic.Run(1));
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = RegressionGate.UpdateBaseline(new BuildOptions { Report = runs, AllowDirty = true, SummaryFile = "artifacts/ci-integration/baseline-refresh.md" }, paths, output, error);

            Assert.True(code == 0, error.ToString());
            var baseline = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(root, "baselines"))));
            var summary = File.ReadAllText(Path.Combine(root, "artifacts", "ci-integration", "baseline-refresh.md"));
            Assert.StartsWith($"# Baseline refresh: new baseline {Path.GetFileNameWithoutExtension(baseline)} (5 benchmarks)", summary, StringComparison.Ordinal);
            Assert.Contains($"to `baselines/{baseline}`", summary, StringComparison.Ordinal);
            Assert.Contains("summary of what moved:", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
