using CsCheck;
using FlyRigLoader.Gate.Contracts.Charts;
using FlyRigLoader.Gate.Reports.Charts;
using FlyRigLoader.Gate.Results;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Reports.Charts;

public sealed class BoxSummaryTests
{
    [Fact]
    public void Quartiles_interpolate_like_numpy_and_whiskers_stop_at_the_last_sample_inside_the_fences()
    {
        var box = BoxSummary.Of(2, [1, 2, 3, 4, 5, 6, 7, 8, 100]);

        Assert.Equal((2.0, 3.0, 5.0, 7.0), (box.Position, box.Q1, box.Median, box.Q3));
        Assert.Equal((1.0, 8.0), (box.WhiskerLow, box.WhiskerHigh)); // 100 lies beyond Q3 + 1.5 IQR = 13
    }

    [Fact]
    public void Box_is_ordered_for_any_sample() =>
        Gen.Double[-1e9, 1e9].Array[1, 60].Sample(values =>
        {
            var b = BoxSummary.Of(0, values);
            return b.WhiskerLow <= b.Q1 + 1e-6 && b.Q1 <= b.Median && b.Median <= b.Q3 && b.Q3 <= b.WhiskerHigh + 1e-6
                && b.WhiskerLow >= values.Min() && b.WhiskerHigh <= values.Max();
        });
}

public sealed class ChartIdsTests
{
    [Fact]
    public void Ids_are_file_safe_readable_and_distinct_for_distinct_keys()
    {
        var a = ChartIds.For("dist", "NS.PickleLoad.Load(SizeMb=1)", "PickleLoad.Load(SizeMb=1)");
        var b = ChartIds.For("dist", "NS.PickleLoad.Load(SizeMb=10)", "PickleLoad.Load(SizeMb=10)");

        Assert.StartsWith("dist-pickleload-load-sizemb-1-", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
        Gen.String.Sample(key => ChartSpecFile.Problem(new ChartSpec(ChartIds.For("x", key), ChartKind.Trend, "s", null, "t", "x", "y", "c",
            [new ChartSeries("a", SeriesStyle.Line, [1], [1])], [], [], [], 400, 300)) is null);
    }
}

public sealed class TimeScaleTests
{
    [Theory]
    [InlineData(512, "ns", 512)]
    [InlineData(2_500, "µs", 2.5)]
    [InlineData(7_000_000, "ms", 7)]
    [InlineData(3e9, "s", 3)]
    public void The_unit_keeps_typical_values_between_1_and_1000(double ns, string unit, double shown)
    {
        var scale = TimeScale.For(ns);
        Assert.Equal(unit, scale.Unit);
        Assert.Equal(shown, scale.Of(ns), 9);
    }
}

public sealed class TrendSeriesTests
{
    private static HistoryRun Run(string id, int day, string source, double median) =>
        new(id, new DateTimeOffset(2026, 11, day, 0, 0, 0, TimeSpan.Zero), source, new Dictionary<string, double> { ["A"] = median });

    [Fact]
    public void Runs_are_ordered_by_date_duplicates_keep_the_later_listed_copy_and_values_are_relative_to_the_median()
    {
        var (runs, series) = TrendSeries.Build([Run("r3", 3, "this run", 30), Run("r1", 1, "baseline", 10), Run("r2", 2, "baseline", 20), Run("r2", 2, "archived report", 22)], ["A", "B"]);

        Assert.Equal(["r1", "r2", "r3"], runs.Select(r => r.RunId));
        Assert.Equal("archived report", runs[1].Source);
        var a = Assert.Single(series); // B was never measured
        Assert.Equal([0.0, 1.0, 2.0], a.Ordinals);
        Assert.Equal([10 / 22.0, 1.0, 30 / 22.0], a.Relative);
    }
}

public sealed class MemoryChartTests
{
    [Fact]
    public void The_fit_line_has_the_checks_slope_and_passes_through_the_centroid()
    {
        var fit = MemoryChart.Fit("fit", [10, 12, 11, 13], 0.5, 3);

        Assert.Equal([1.0, 4.0], fit.Xs);
        Assert.Equal(0.5, (fit.Ys[1] - fit.Ys[0]) / 3, 12);
        Assert.Equal(11.5, (fit.Ys[0] + fit.Ys[1]) / 2, 12);
    }

    [Fact]
    public void A_leak_check_gives_a_heap_and_a_working_set_chart()
    {
        var leak = LeakCheckReader.Read(ChartSamples.LeakPath);
        var charts = MemoryChart.Charts(leak);

        Assert.Equal(["memory-managed-heap", "memory-working-set"], charts.Select(c => c.Id));
        Assert.Equal(leak.ManagedHeapMb, charts[0].Series[0].Ys);
        Assert.Equal("cycle (count)", charts[0].XLabel);
        Assert.Equal("managed heap (MB)", charts[0].YLabel);
    }
}

public sealed class ComparisonRowsTests
{
    [Fact]
    public void Rows_and_threshold_are_read_from_the_details_and_absent_details_give_none()
    {
        var report = ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath);
        var rows = ComparisonRows.From(report.RegressionAnalysis);

        Assert.Equal(report.AllEntries().Count(e => e.Statistics is not null), rows.Count);
        Assert.Equal(0.10, ComparisonRows.FailThreshold(report.RegressionAnalysis));
        var worst = Assert.Single(RatioChart.Order(rows).Take(1));
        Assert.Equal(("REGRESSION", "REGRESSION", 1.28, 1.33), (worst.Verdict, worst.AllocationVerdict, Math.Round(worst.RatioLower!.Value, 2), Math.Round(worst.RatioUpper!.Value, 2)));
        Assert.Empty(ComparisonRows.From(null));
        Assert.Empty(ComparisonRows.From(new Gate.Reports.RegressionAnalysis("NOT_AVAILABLE", false, null, null)));
    }
}

public sealed class ScalingChartsTests
{
    [Fact]
    public void Scaling_charts_plot_samples_at_their_size_the_medians_and_the_fitted_line_with_units()
    {
        var report = ChartSamples.Report();
        var chart = ScalingCharts.Plan(new ChartInputs(report, null, null, [], null)).Single(c => c.Title.EndsWith("DiscoverFiltered", StringComparison.Ordinal));

        Assert.Equal("files (count)", chart.XLabel);
        Assert.Equal(["samples", "median", "linear fit"], chart.Series.Select(s => s.Name));
        Assert.Equal([1000.0, 2000, 5000, 10000], chart.Series[1].Xs);
        Assert.Equal(4 * 15, chart.Series[0].Xs.Count);
        Assert.Equal([1000.0, 10000], chart.Series[2].Xs);
        Assert.Matches("^time per operation \\((ns|µs|ms|s)\\)$", chart.YLabel);
    }
}
