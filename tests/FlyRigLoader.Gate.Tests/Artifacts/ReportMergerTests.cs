using FlyRigLoader.Gate.Calibration;
using FlyRigLoader.Gate.RunEnvironment;
using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Artifacts;

public sealed class ReportMergerTests
{
    private static readonly CalibrationResult Calibrated = new(10, 10, 10, 5, 10, 10, 10, 1.0);

    internal static BenchmarkReport Report(int k, int n, string fingerprint = "fp-a", bool calibrated = false, int exitCode = 0, bool complete = true, string leak = "NOT_RUN", params (string Category, string Name)[] benchmarks)
    {
        var results = benchmarks
            .GroupBy(b => b.Category)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, BenchmarkEntry>)g.ToDictionary(
                    b => b.Name,
                    b => new BenchmarkEntry(b.Name, "T", "M", null, g.Key, true, null, "ns", [1.0, 2.0, 3.0], 100 * k, null, [], null, null)));
        var suite = new SuiteInfo("flyrigloader", "1", $"2026-11-27T05:0{k}:00Z", 60 * k, "default", [], null, $"{k}/{n}", "abc1234def", "main", false, leak != "NOT_RUN");
        var info = new EnvironmentInfo(
            new OsInfo("Linux", "Ubuntu", null, "x64"), new CpuInfo("cpu", 2, 1), new MemoryInfo(7, 6), new VirtualizationInfo(true, "github_actions", null),
            new ContainerInfo(false, "none"), "ssd", new CiInfo("github_actions", "1"), new DotnetInfo("10.0", null), "0.15.8",
            new GitInfo("abc1234def", "main", false), null, "default", fingerprint);
        var environment = new ReportEnvironment(fingerprint, "canonical", info, calibrated ? Calibrated : null, new SeedNormalizationFactors(1, 1, 1, 1), null);
        var memory = new MemoryAnalysis(100 * k, $"N.T.M{k}", LeakDetection.NotRun with { Status = leak });
        var summary = new ReportSummary(benchmarks.Length, benchmarks.Length, 0, 1, exitCode == 1 ? 0 : 1, exitCode == 1 ? 1 : 0, 0, exitCode);
        return new BenchmarkReport(1, $"20261127T05{k:D2}00Z-abc1234", complete, complete ? null : "timed out", suite, environment, results, memory, null, summary);
    }

    [Fact]
    public void Shards_merge_into_one_report_with_every_entry_and_summed_counts()
    {
        var merged = ReportMerger.Merge(
            [Report(2, 2, benchmarks: [("discovery", "N.D.B"), ("config", "N.C.A")]), Report(1, 2, exitCode: 1, leak: "NO_LEAKS_DETECTED", benchmarks: [("discovery", "N.D.A")])],
            "20261127T060000Z-abc1234");

        Assert.Equal("20261127T060000Z-abc1234", merged.RunId);
        Assert.Equal(["config", "discovery"], merged.BenchmarkResults.Keys);
        Assert.Equal(["N.D.A", "N.D.B"], merged.BenchmarkResults["discovery"].Keys);
        Assert.Equal(3, merged.Summary.TotalBenchmarks);
        Assert.Equal(1, merged.Summary.SlaFailed);
        Assert.Equal(1, merged.Summary.ExitCode);
        Assert.Null(merged.BenchmarkSuite.Shard);
        Assert.Equal("2026-11-27T05:01:00Z", merged.BenchmarkSuite.ExecutionTimestamp);
        Assert.Equal(120, merged.BenchmarkSuite.ExecutionDurationSeconds);
        Assert.Equal(200, merged.MemoryAnalysis.PeakAllocatedBytesPerOp);
        Assert.Equal("NO_LEAKS_DETECTED", merged.MemoryAnalysis.LeakDetection.Status);
        Assert.True(merged.Complete);
    }

    [Fact]
    public void An_incomplete_shard_makes_the_merge_incomplete_and_a_leak_anywhere_is_kept()
    {
        var merged = ReportMerger.Merge(
            [Report(1, 2, leak: "LEAK_DETECTED", benchmarks: [("memory", "N.M.A")]), Report(2, 2, complete: false, exitCode: 2, leak: "NO_LEAKS_DETECTED", benchmarks: [("memory", "N.M.B")])],
            "r");

        Assert.False(merged.Complete);
        Assert.Contains("shard 2/2: timed out", merged.IncompleteReason, StringComparison.Ordinal);
        Assert.Equal(2, merged.Summary.ExitCode);
        Assert.Equal("LEAK_DETECTED", merged.MemoryAnalysis.LeakDetection.Status);
    }

    [Fact]
    public void Facts_carry_what_the_merge_check_needs()
    {
        var facts = ReportMerger.Facts(Report(2, 3, fingerprint: "fp-x", calibrated: true, benchmarks: [("config", "N.C.A")]), "r.json");

        Assert.Equal("fp-x", facts.Fingerprint);
        Assert.True(facts.Normalized);
        Assert.Equal(new FlyRigLoader.Gate.Options.Shard(2, 3), facts.Shard);
        Assert.Equal(["N.C.A"], facts.Benchmarks);
    }

    [Fact]
    public void Reports_of_mixed_fingerprints_are_refused_by_the_check()
    {
        var reports = new[] { Report(1, 2, benchmarks: [("config", "N.C.A")]), Report(2, 2, fingerprint: "fp-b", benchmarks: [("config", "N.C.B")]) };

        Assert.Contains(MergeCheck.Problems(reports.Select((r, i) => ReportMerger.Facts(r, $"r{i}.json")).ToList()), p => p.Contains("different environments", StringComparison.Ordinal));
    }
}
