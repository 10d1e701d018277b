using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.History;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.History;

/// <summary>History files: where they live, what they hold, and that a corrupt one is refused naming the field.</summary>
public sealed class HistoryStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static HistoryFile History(int runs) =>
        Enumerable.Range(1, runs).Aggregate((HistoryFile?)null, (h, i) => HistoryUpdater.Append(h, Synthetic.Run(i), pin: i == 2, i == 2 ? "v1.0" : null).Updated)!;

    [Fact]
    public void Round_trips_medians_spreads_allocations_commits_dates_and_the_pinned_anchor()
    {
        var history = History(3);
        var path = _dir.Combine("history", "h.json");

        HistoryStore.Write(path, history);
        var read = HistoryStore.Read(path);

        Assert.Equal(history.Fingerprint, read.Fingerprint);
        Assert.Equal(history.Job, read.Job);
        Assert.Equal(HistoryFile.DefaultKeepRuns, read.KeepRuns);
        Assert.Equal(history.Runs.Select(r => (r.RunId, r.Sha, r.Date, r.Anchor, r.Label)), read.Runs.Select(r => (r.RunId, r.Sha, r.Date, r.Anchor, r.Label)));
        var before = history.Runs[1].Benchmarks[0];
        var after = read.Runs[1].Find(before.FullName)!;
        Assert.Equal(before.MedianNs, after.MedianNs, 3);
        Assert.Equal(before.LogSpread, after.LogSpread, 5);
        Assert.Equal(before.N, after.N);
        Assert.Equal(before.AllocatedBytesPerOp, after.AllocatedBytesPerOp);
        Assert.DoesNotContain("samples", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir.Combine("history"), ".*"));
        Assert.Equal(3, File.ReadAllLines(path).Count(l => l.TrimStart().StartsWith("{\"run_id\":", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_history_of_a_baseline_file_has_its_name_in_history_beside_it()
    {
        var baseline = _dir.Combine("baselines", "linux-x64-2core-fp1-0123456789abcdef.json");

        Assert.Equal(_dir.Combine("baselines", "history", "linux-x64-2core-fp1-0123456789abcdef.json"), HistoryStore.PathFor(baseline));
    }

    [Fact]
    public void Locate_finds_the_file_of_the_fingerprint_and_job_and_nothing_for_another_job()
    {
        var path = _dir.Combine("baselines", "history", $"linux-x64-2core-fp1-{Synthetic.Job.Key}.json");
        HistoryStore.Write(path, History(2));

        Assert.Equal(path, HistoryStore.Locate(null, _dir.Combine("baselines"), "fp1", Synthetic.Job.Key));
        Assert.Null(HistoryStore.Locate(null, _dir.Combine("baselines"), "fp1", "fedcba9876543210"));
        Assert.Null(HistoryStore.Locate(null, _dir.Combine("elsewhere"), "fp1", Synthetic.Job.Key));
    }

    [Theory]
    [InlineData("\"kind\": \"flyrigloader-history\"", "\"kind\": \"other\"", "'kind' must be")]
    [InlineData("\"schema_version\": 1", "\"schema_version\": 9", "unsupported schema_version 9")]
    [InlineData("\"median_ns\":", "\"median_ns\":-", "median_ns must be a positive number")]
    [InlineData("\"log_spread\":", "\"log_spread\":-", "log_spread must be a non-negative number")]
    [InlineData("\"n\":15", "\"n\":0", "n must be a positive integer")]
    [InlineData("\"keep_runs\": 200", "\"keep_runs\": 0", "'keep_runs' must be a positive integer")]
    [InlineData("\"fingerprint\": \"fp1\"", "\"fingerprint\": \"\"", "missing 'fingerprint'")]
    [InlineData("\"run_id\":\"run-2\"", "\"run_id\":\"run-1\"", "runs[1].run_id is missing or repeats")]
    [InlineData("\"runs\": [", "\"runs\": 3, \"x\": [", "not valid")]
    [InlineData("{", "{{", "not valid")]
    public void A_corrupt_history_is_refused_naming_the_file_and_what_is_wrong(string find, string replace, string expected)
    {
        var path = _dir.Combine("h.json");
        HistoryStore.Write(path, History(3));
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, ReplaceFirst(text, find, replace));

        var e = Assert.Throws<GateInputException>(() => HistoryStore.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains(expected, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_without_a_pin_is_refused()
    {
        var path = _dir.Combine("h.json");
        var history = History(2);
        HistoryStore.Write(path, history with { Runs = [history.Runs[0] with { Label = "v0" }, history.Runs[1]] });

        Assert.Contains("'label' needs 'anchor': true", Assert.Throws<GateInputException>(() => HistoryStore.Read(path)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_keeps_the_median_the_log_spread_and_the_count_of_the_samples()
    {
        var b = HistoryBenchmark.Of(new MeasuredBenchmark("X", null, [100, 200, 400], 5));

        Assert.Equal(200, b.MedianNs);
        Assert.Equal(Math.Log(2), b.LogSpread, 12);
        Assert.Equal(3, b.N);
        Assert.Equal(5, b.AllocatedBytesPerOp);
    }

    [Fact]
    public void Every_committed_history_is_valid_and_belongs_to_the_committed_baseline_of_its_name()
    {
        var folder = Path.Combine(RepoRoot.Path, "baselines", HistoryStore.FolderName);
        var files = Directory.GetFiles(folder, "*.json");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var history = HistoryStore.Read(file);
            var baseline = BaselineStore.Read(Path.Combine(RepoRoot.Path, "baselines", Path.GetFileName(file)));
            Assert.Equal(baseline.Fingerprint, history.Fingerprint);
            Assert.Equal(baseline.Job, history.Job);
            Assert.Subset(history.Runs.Select(r => r.RunId).ToHashSet(StringComparer.Ordinal), baseline.Runs.Select(r => r.Provenance.RunId).ToHashSet(StringComparer.Ordinal));
        }
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
