using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Tests.Infra;

namespace FlyRigLoader.Gate.Tests.Artifacts;

/// <summary>MergeReports on real report files laid out as the CI merge job downloads them.</summary>
public sealed class MergeReportsCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private void Write(string folder, BenchmarkReport report)
    {
        var path = Path.Combine(_repo.Root, folder, "reports", $"benchmark-report-{report.RunId}.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ReportJson.Serialize(report));
    }

    private (int Code, string Out, string Err, string Summary) Merge()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var summary = Path.Combine(_repo.Root, "step-summary.md");
        var code = MergeReportsCommand.Run(new BuildPaths(_repo.Root), new BuildOptions { Reports = "artifacts/shard-reports", CiMode = true }, output, error, summary, new FixedClock(Now));
        return (code, output.ToString(), error.ToString(), File.Exists(summary) ? File.ReadAllText(summary) : string.Empty);
    }

    [Fact]
    public void Downloaded_shard_reports_merge_into_the_newest_report_with_a_step_summary()
    {
        Write("artifacts/shard-reports/benchmark-reports-shard-1", ReportMergerTests.Report(1, 2, benchmarks: [("config", "N.C.A")]));
        Write("artifacts/shard-reports/benchmark-reports-shard-2", ReportMergerTests.Report(2, 2, benchmarks: [("discovery", "N.D.A"), ("config", "N.C.B")]));

        var (code, output, error, summary) = Merge();

        Assert.True(code == 0, error);
        var merged = BenchmarkReportReader.Read(Path.Combine(_repo.Artifacts, "reports", "benchmark-report-20261127T060000Z-abc1234.json"));
        Assert.Equal(3, merged.AllEntries().Count());
        Assert.Null(merged.BenchmarkSuite.Shard);
        Assert.Contains("2 shard report(s), 3 benchmark(s)", output, StringComparison.Ordinal);
        Assert.Contains("| **all** | 20261127T060000Z-abc1234 | 3 |", summary, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_repo.Artifacts, MergeReportsCommand.SummaryFile)));
    }

    [Fact]
    public void The_merged_run_gets_one_summary_csv_with_every_shards_rows_and_a_statistics_csv()
    {
        Write("artifacts/shard-reports/benchmark-reports-shard-1", ReportMergerTests.Report(1, 2, benchmarks: [("config", "N.C.A")]));
        Write("artifacts/shard-reports/benchmark-reports-shard-2", ReportMergerTests.Report(2, 2, benchmarks: [("discovery", "N.D.A"), ("config", "N.C.B")]));

        var (code, _, error, _) = Merge();

        Assert.True(code == 0, error);
        var csv = File.ReadAllLines(Path.Combine(_repo.Artifacts, "reports", "benchmark-summary-20261127T060000Z-abc1234.csv"));
        Assert.Equal(string.Join(',', CsvSummaryWriter.Columns), csv[0]);
        Assert.Equal(["N.C.A", "N.C.B", "N.D.A"], csv.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(csv.Skip(1), l => Assert.Contains(",NOT_COMPARED,", l, StringComparison.Ordinal));
        var statistics = File.ReadAllLines(Path.Combine(_repo.Artifacts, "statistical-analysis", "statistical-analysis-20261127T060000Z-abc1234.csv"));
        Assert.Equal(string.Join(',', StatisticsCsvWriter.Columns), statistics[0]);
    }

    [Fact]
    public void Mixed_fingerprints_are_refused_and_nothing_is_written()
    {
        Write("artifacts/shard-reports/a", ReportMergerTests.Report(1, 2, benchmarks: [("config", "N.C.A")]));
        Write("artifacts/shard-reports/b", ReportMergerTests.Report(2, 2, fingerprint: "fp-other", benchmarks: [("config", "N.C.B")]));

        var (code, _, error, summary) = Merge();

        Assert.Equal(2, code);
        Assert.Contains("different environments", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_repo.Artifacts, "reports")));
        Assert.Empty(summary);
    }

    [Fact]
    public void The_merged_exit_code_is_the_worst_shards()
    {
        Write("artifacts/shard-reports/a", ReportMergerTests.Report(1, 2, exitCode: 1, benchmarks: [("config", "N.C.A")]));
        Write("artifacts/shard-reports/b", ReportMergerTests.Report(2, 2, benchmarks: [("config", "N.C.B")]));

        Assert.Equal(1, Merge().Code);
    }

    [Fact]
    public void A_malformed_shard_report_exits_2_naming_it()
    {
        var bad = Path.Combine(_repo.Artifacts, "shard-reports", "x", "benchmark-report-20261127T050000Z-abc1234.json");
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        File.WriteAllText(bad, "{ nope");

        var (code, _, error, _) = Merge();

        Assert.Equal(2, code);
        Assert.Contains("benchmark-report-20261127T050000Z-abc1234.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_format_seed_writes_the_merged_run_in_the_seeds_format_and_shard_seed_files_are_not_merged()
    {
        Write("artifacts/shard-reports/a", ReportMergerTests.Report(1, 2, benchmarks: [("config", "N.C.A")]));
        Write("artifacts/shard-reports/b", ReportMergerTests.Report(2, 2, benchmarks: [("data-loading", "N.D.B")]));
        var shardSeed = Path.Combine(_repo.Artifacts, "shard-reports", "a", "reports", "seed-benchmark-report-20261127T050000Z-abc1234.json");
        File.WriteAllText(shardSeed, "{ \"format\": \"flyrigloader-seed-report\" }");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = MergeReportsCommand.Run(new BuildPaths(_repo.Root), new BuildOptions { Reports = "artifacts/shard-reports", ReportFormat = "seed" }, output, error, null, new FixedClock(Now));

        Assert.True(code == 0, error.ToString());
        var seed = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(_repo.Artifacts, "reports", "seed-benchmark-report-20261127T060000Z-abc1234.json")));
        Assert.Equal("benchmark-report-20261127T060000Z-abc1234.json", (string?)seed["source_report"]);
        Assert.NotNull(seed["benchmark_results"]!["data_loading"]!["N.D.B"]);
    }
}
