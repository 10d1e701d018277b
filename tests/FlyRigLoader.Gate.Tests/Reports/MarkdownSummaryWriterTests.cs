using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class MarkdownSummaryWriterTests
{
    [Fact]
    public void The_step_summary_has_the_margin_column_trends_and_links_to_the_runs_artifacts()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs()) with
        {
            RegressionAnalysis = new RegressionAnalysis("NO_REGRESSION", false, "baselines/x.json", new RegressionDetails
            {
                Drift = new RegressionDriftDetails { SuiteShift = 0.977 },
                Baseline = new BaselineDetails { Path = "baselines/linux-x64-2core-abc.json" },
                Summary = new Dictionary<string, int>(StringComparer.Ordinal) { ["NO_CHANGE"] = 3, ["SUSPECTED"] = 1, ["REGRESSION"] = 0 },
                Benchmarks = [new BenchmarkVerdictDetails { FullName = "x", Verdict = "SUSPECTED", GuideVerdict = "REGRESSION_SUSPECTED" }],
            }),
        };

        var markdown = MarkdownSummaryWriter.Render(report, ["reports/benchmark-report-r.json", "statistical-analysis/statistical-analysis-r.csv"]);

        Assert.Contains("| Category | Benchmark | Status | Mean | 95% CI | SLA | Margin |", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Regression Status**: NO_REGRESSION (guide: REGRESSION_SUSPECTED)", markdown, StringComparison.Ordinal);
        Assert.Contains("## Performance Trends", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Baseline Comparison**: -2.3% suite-wide", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Verdicts**: NO_CHANGE 3, SUSPECTED 1\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- [benchmark-report-r.json](reports/benchmark-report-r.json)", markdown, StringComparison.Ordinal);
        Assert.Contains("- [statistical-analysis-r.csv](statistical-analysis/statistical-analysis-r.csv)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_comparison_the_trends_say_so_and_memory_shows_the_process_peak()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        var entry = report.AllEntries().First(e => e.Success);
        var withPeak = report with
        {
            MemoryAnalysis = MemoryAnalysis.Of([entry with { ProcessMemory = new ProcessMemoryUse(1247.3 * 1048576, 12 * 1048576, 300 * 1048576) }], report.MemoryAnalysis.LeakDetection),
        };

        var markdown = MarkdownSummaryWriter.Render(withPeak);

        Assert.Contains("Not compared with a baseline", markdown, StringComparison.Ordinal);
        Assert.Contains($"- **Peak Memory Usage** (working set): 1247.3 MB during `{entry.FullName}`", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Largest working-set growth**: 12.0 MB; **peak managed heap**: 300.0 MB", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Generated Artifacts", markdown, StringComparison.Ordinal);
    }
}
