using FlyRigLoader.Gate.Contracts.Charts;
using FlyRigLoader.Gate.Reports.Charts;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Reports.Charts;

public sealed class ChartPlannerTests
{
    private static ChartInputs Compared(string reportsFolder)
    {
        var report = ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath);
        return ChartInputsLoader.Load(report, reportsFolder);
    }

    [Fact]
    public void Without_a_comparison_there_are_no_ratio_or_trend_charts_and_distributions_show_this_run_only()
    {
        var inputs = ChartInputsLoader.Load(ChartSamples.Report(), "/nonexistent");
        var charts = ChartPlanner.Plan(inputs);

        Assert.False(inputs.HasComparison);
        Assert.DoesNotContain(charts, c => c.Kind is ChartKind.Ratio or ChartKind.Trend);
        var distributions = charts.Where(c => c.Kind == ChartKind.Distribution).ToList();
        Assert.Equal(inputs.Report.AllEntries().Count(e => e.Success && e.ExecutionTimes.Count > 0), distributions.Count);
        Assert.All(distributions, d => Assert.Equal("this run", Assert.Single(d.Series).Name));
        Assert.Equal(7, charts.Count(c => c.Kind == ChartKind.Scaling));
        Assert.Equal(2, charts.Count(c => c.Kind == ChartKind.Memory));
    }

    [Fact]
    public void Every_planned_chart_is_drawable_and_ids_are_unique()
    {
        var charts = ChartPlanner.Plan(Compared("/nonexistent"));

        Assert.All(charts, c => Assert.Null(ChartSpecFile.Problem(c)));
        Assert.Equal(charts.Count, charts.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(charts, c => Assert.False(string.IsNullOrWhiteSpace(c.XLabel) || string.IsNullOrWhiteSpace(c.YLabel) || string.IsNullOrWhiteSpace(c.Title), c.Id));
    }

    [Fact]
    public void With_a_comparison_distributions_put_the_pooled_baseline_beside_this_run()
    {
        var inputs = Compared("/nonexistent");
        var chart = ChartPlanner.Plan(inputs).First(c => c.Kind == ChartKind.Distribution);

        Assert.Equal(["baseline", "this run"], chart.Series.Select(s => s.Name));
        Assert.Equal([0.0, 1.0], chart.Series.Select(s => s.Box!.Position));
        Assert.Equal("baseline (1 run)", chart.XTicks[0].Label);
        Assert.All(chart.Series, s => Assert.All(s.Xs, x => Assert.InRange(x - s.Box!.Position, -0.15, 0.15)));
    }

    [Fact]
    public void The_ratio_chart_puts_the_worst_benchmark_at_the_top_with_its_interval_and_the_threshold_line()
    {
        var inputs = Compared("/nonexistent");
        var ratio = Assert.Single(ChartPlanner.Plan(inputs), c => c.Kind == ChartKind.Ratio);

        var top = ratio.YTicks.MaxBy(t => t.Position)!;
        Assert.Equal(Gate.Reports.Charts.BenchmarkLabel.Of(ChartSamples.RegressedName(inputs.Report), Gate.Reports.Charts.BenchmarkLabel.Index(inputs.Report)), top.Label);
        var regression = Assert.Single(ratio.Series, s => s.Name == "regression");
        Assert.Equal([1.30], regression.Xs);
        Assert.Equal([1.28], regression.Lower!.Select(v => Math.Round(v, 2)));
        Assert.Contains(ratio.ReferenceLines, l => l.Vertical && Math.Abs(l.Value - 1.1) < 1e-12);
        Assert.Equal(inputs.Report.AllEntries().Count(e => e.Statistics is not null), ratio.YTicks.Count);
    }

    [Fact]
    public void Trends_cover_every_category_with_at_most_six_lines_per_chart_and_the_baseline_run_as_history()
    {
        var inputs = Compared("/nonexistent");
        var trends = ChartPlanner.Plan(inputs).Where(c => c.Kind == ChartKind.Trend).ToList();

        Assert.Equal(inputs.Report.BenchmarkResults.Keys.Order(StringComparer.Ordinal), trends.Select(t => t.Category!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(trends, t => Assert.InRange(t.Series.Count, 1, TrendCharts.MaxLinesPerChart));
        Assert.All(trends, t => Assert.Equal(["11-27 06:47", "this run"], t.XTicks.Select(x => x.Label)));
        Assert.Equal(inputs.Report.AllEntries().Count(e => e.Statistics is not null), trends.Sum(t => t.Series.Count));
    }
}
