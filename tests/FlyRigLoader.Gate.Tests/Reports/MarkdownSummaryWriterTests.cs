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
                Drift = new RegressionDriftDetails { SuiteShift = -0.023, SuiteFactor = 0.977 },
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
    public void A_judged_run_with_history_has_a_history_section_with_the_creep_against_the_anchor_and_the_change_points()
    {
        var history = new HistoryDetails
        {
            Used = true, Note = "history of 12 runs (baselines/history-x.json)", Threshold = 0.1, Runs = 12,
            Anchor = new HistoryAnchorDetails { RunId = "r1", Sha = "0123456789abcdef", Label = "v1.0", Date = "2026-11-02T10:00:00Z", Pinned = true, ChosenBy = "--anchor" },
            Benchmarks =
            [
                new HistoryBenchmarkDetails { FullName = "A.Slow", Runs = 12, Creep = "CREEP", Ratio = 1.25, RatioCi = [1.18, 1.32], AnchorMedianNs = 2_000_000, CurrentMedianNs = 2_500_000,
                    ChangePoints = [new ChangePointDetails { Index = 6, BeforeSha = "aaaaaaaaaaaaaaaa", AfterSha = "bbbbbbbbbbbbbbbb", AfterRunId = "r7", AfterDate = "2026-11-20T08:00:00Z", Ratio = 1.2, MedianBeforeNs = 2_050_000, MedianAfterNs = 2_460_000, PValue = 0.005 }] },
                new HistoryBenchmarkDetails { FullName = "A.Noisy", Runs = 12, Creep = "CREEP_SUSPECTED", Ratio = 1.11, RatioCi = [0.98, 1.24], AnchorMedianNs = 900, CurrentMedianNs = 999 },
                new HistoryBenchmarkDetails { FullName = "A.Steady", Runs = 12, Creep = "NO_CREEP", Ratio = 1.01, RatioCi = [0.99, 1.03], AnchorMedianNs = 5000, CurrentMedianNs = 5050 },
            ],
        };
        var report = ReportBuilder.Build(ReportSamples.Inputs()) with
        {
            RegressionAnalysis = new RegressionAnalysis("NO_REGRESSION", false, "baselines/x.json", new RegressionDetails { History = history }),
        };

        var markdown = MarkdownSummaryWriter.Render(report);

        Assert.Contains("## History\n", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("- Anchor (--anchor): 'v1.0' (0123456789ab), run r1 of 2026-11-02, pinned", markdown, StringComparison.Ordinal);
        Assert.Contains("- Creep against the anchor (threshold +10%): 1 NO_CREEP, 1 CREEP_SUSPECTED, 1 CREEP; CREEP warns", markdown, StringComparison.Ordinal);
        Assert.Contains("| CREEP | `A.Slow` | 1.250 (1.180–1.320) | 2.000 ms | 2.500 ms |", markdown, StringComparison.Ordinal);
        Assert.Contains("| CREEP_SUSPECTED | `A.Noisy` | 1.110 (0.980–1.240) | 900.00 ns | 999.00 ns |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("`A.Steady`", markdown, StringComparison.Ordinal);
        Assert.Contains("| run 7 of 12 | `A.Slow` | `aaaaaaaaaaaa` → `bbbbbbbbbbbb` (2026-11-20) | ×1.200 (2.050 ms → 2.460 ms) | 0.005 |", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("`A.Slow`", StringComparison.Ordinal) < markdown.IndexOf("`A.Noisy`", StringComparison.Ordinal), "CREEP rows come first");
    }

    [Fact]
    public void A_suite_relative_history_shows_measured_ratios_beside_relative_ones_and_the_suite_s_own_steps()
    {
        var history = new HistoryDetails
        {
            Used = true, Note = "history of 10 runs", Threshold = 0.15, Runs = 10, Normalization = "suite-relative",
            Anchor = new HistoryAnchorDetails { RunId = "r1", Sha = "0123456789abcdef", Date = "2026-12-04T09:55:05Z", ChosenBy = "oldest kept run" },
            Suite = new SuiteHistoryDetails
            {
                Creep = "CREEP_SUSPECTED", Ratio = 1.21, RatioCi = [0.97, 1.5], RunNoise = 0.05, RunIds = [.. Enumerable.Range(1, 11).Select(i => "r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                Levels = [.. Enumerable.Range(0, 11).Select(i => i < 5 ? 0.96 : 1.07)],
                ChangePoints = [new StepDetails { Index = 5, BeforeSha = "48c5ba1aaaaaaaaa", AfterSha = "997515cbbbbbbbbb", AfterRunId = "r6", AfterDate = "2026-12-04T13:45:42Z", Ratio = 1.112, PValue = 0.005 }],
            },
            Benchmarks =
            [
                new HistoryBenchmarkDetails { FullName = "A.Slow", Runs = 11, Creep = "CREEP", Ratio = 1.2, MeasuredRatio = 1.45, RatioCi = [1.1, 1.3], AnchorMedianNs = 1000, CurrentMedianNs = 1450,
                    ChangePoints = [new ChangePointDetails { Index = 5, BeforeSha = "48c5ba1aaaaaaaaa", AfterSha = "997515cbbbbbbbbb", AfterRunId = "r6", AfterDate = "2026-12-04T13:45:42Z", Ratio = 0.526, MeasuredRatio = 0.582, MedianBeforeNs = 160_000_000, MedianAfterNs = 93_100_000, PValue = 0.005 }] },
            ],
        };
        var report = ReportBuilder.Build(ReportSamples.Inputs()) with
        {
            RegressionAnalysis = new RegressionAnalysis("NO_REGRESSION", false, "baselines/x.json", new RegressionDetails { History = history }),
        };

        var markdown = MarkdownSummaryWriter.Render(report);

        Assert.Contains("The suite as a whole against the anchor: ×1.210 (0.970–1.500), CREEP_SUSPECTED (at most CREEP_SUSPECTED", markdown, StringComparison.Ordinal);
        Assert.Contains("| CREEP | `A.Slow` | 1.200 (1.100–1.300) | 1.450 | 1.000 us | 1.450 us |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Change point | Benchmark | Between commits | Step relative to the suite (measured medians) | p |", markdown, StringComparison.Ordinal);
        Assert.Contains("| run 6 of 11 | `A.Slow` | `48c5ba1aaaaa` → `997515cbbbbb` (2026-12-04) | ×0.526 (160.000 ms → 93.100 ms) | 0.005 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| run 6 of 11 | `48c5ba1aaaaa` → `997515cbbbbb` (2026-12-04) | ×1.112 | 0.005 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_history_details_has_no_history_section_and_an_unused_history_says_why()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        var unused = report with
        {
            RegressionAnalysis = new RegressionAnalysis("NO_REGRESSION", false, "baselines/x.json", new RegressionDetails
            {
                History = new HistoryDetails { Used = false, Note = "no history file beside the baseline" },
            }),
        };

        Assert.DoesNotContain("## History", MarkdownSummaryWriter.Render(report), StringComparison.Ordinal);
        Assert.Contains("- Not used: no history file beside the baseline", MarkdownSummaryWriter.Render(unused), StringComparison.Ordinal);
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
