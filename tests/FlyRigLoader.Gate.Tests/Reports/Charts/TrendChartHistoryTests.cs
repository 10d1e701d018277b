using FlyRigLoader.Gate.Contracts.Charts;
using FlyRigLoader.Gate.Reports.Charts;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Reports.Charts;

/// <summary>Trend charts with a history: its runs extend the lines, change points are drawn as steps, the anchor as a line.</summary>
public sealed class TrendChartHistoryTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Trends_draw_the_history_runs_each_benchmarks_steps_and_the_anchor_line()
    {
        var report = ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath);
        var stepped = ChartSamples.RegressedName(report);
        var entries = report.AllEntries().Where(e => e.Statistics is not null).DistinctBy(e => e.FullName).ToList();
        var runs = Enumerable.Range(0, 12).Select(i => new Gate.History.HistoryEntry(
            $"h{i:00}", $"{i:x2}aaaaaaaaaa", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i), i == 2, i == 2 ? "v1.0" : null,
            [.. entries.Select(e => new Gate.History.HistoryBenchmark(e.FullName, e.Statistics!.Median * (e.FullName == stepped && i >= 6 ? 1.3 : 1.0), 0.02, 15, null))])).ToList();
        var path = _dir.Combine("history", "h.json");
        Gate.History.HistoryStore.Write(path, new Gate.History.HistoryFile("fp", null, "env", Synthetic.Job, 200, runs));
        var median = entries.Single(e => e.FullName == stepped).Statistics!.Median;
        var history = new Gate.Reports.HistoryDetails
        {
            Path = path, Used = true, Runs = 12,
            Anchor = new Gate.Reports.HistoryAnchorDetails { RunId = "h02", Label = "v1.0", Pinned = true, ChosenBy = "pinned" },
            Benchmarks = [new Gate.Reports.HistoryBenchmarkDetails
            {
                FullName = stepped, CurrentMedianNs = median,
                ChangePoints = [new Gate.Reports.ChangePointDetails { Index = 6, AfterRunId = "h06", MedianBeforeNs = median, MedianAfterNs = median * 1.3, Ratio = 1.3 }],
            }],
        };
        report = report with { RegressionAnalysis = report.RegressionAnalysis! with { Details = report.RegressionAnalysis.Details! with { History = history } } };

        var trend = Assert.Single(ChartPlanner.Plan(ChartInputsLoader.Load(report, "/nonexistent")), c => c.Kind == ChartKind.Trend && c.Series.Any(s => s.Style == SeriesStyle.DashedLine));

        Assert.Equal(14, trend.XTicks.Count);
        var anchor = Assert.Single(trend.ReferenceLines, l => l.Vertical);
        Assert.Equal(2, anchor.Value);
        Assert.Equal("anchor v1.0", anchor.Label);
        var step = Assert.Single(trend.Series, s => s.Style == SeriesStyle.DashedLine);
        Assert.Equal("level between change points", step.Name);
        Assert.Contains(5.5, step.Xs);
        Assert.Equal(1.3, step.Ys[^1] / step.Ys[0], 6);
        Assert.Contains("anchor creep is measured against", trend.Caption, StringComparison.Ordinal);
        Assert.Null(ChartSpecFile.Problem(trend));
    }

    [Fact]
    public void The_whole_suite_s_level_is_a_chart_of_its_own_with_its_steps_as_vertical_lines()
    {
        var ordinal = new Dictionary<string, int>(StringComparer.Ordinal) { ["h0"] = 0, ["h1"] = 1, ["h2"] = 2, ["this"] = 3 };
        var suite = new Gate.Reports.SuiteHistoryDetails
        {
            Creep = "NO_CREEP", Ratio = 1.1, RatioCi = [0.9, 1.3], RunIds = ["gone", "h0", "h1", "h2", "this"], Levels = [0.5, 0.95, 0.96, 1.06, 1.05],
            ChangePoints = [new Gate.Reports.StepDetails { Index = 3, AfterRunId = "h2", Ratio = 1.1 }, new Gate.Reports.StepDetails { Index = 1, AfterRunId = "gone", Ratio = 2 }],
        };

        var chart = TrendCharts.SuiteChart(suite, ordinal, [], [new ReferenceLine(false, 1.0, "typical (1.0)")])!;

        var line = Assert.Single(chart.Series);
        Assert.Equal([0.0, 1, 2, 3], line.Xs);
        Assert.Equal([0.95, 0.96, 1.06, 1.05], line.Ys);
        var step = Assert.Single(chart.ReferenceLines, l => l.Vertical);
        Assert.Equal((1.5, "suite step ×1.100"), (step.Value, step.Label));
        Assert.Null(ChartSpecFile.Problem(chart));
        Assert.Null(TrendCharts.SuiteChart(suite with { RunIds = ["x"], Levels = [1.0] }, ordinal, [], []));
    }
}
