using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Reports.Charts;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Reports.Charts;

public sealed class ChartInputsLoaderTests
{
    [Fact]
    public void History_is_the_baselines_runs_plus_archived_reports_of_the_same_fingerprint_only()
    {
        using var dir = new TempDirectory();
        var template = ChartSamples.Report();
        dir.Write("reports/benchmark-report-20261126T010000Z-1111111.json", ReportJson.Serialize(template with { RunId = "20261126T010000Z-1111111", BenchmarkSuite = template.BenchmarkSuite with { ExecutionTimestamp = "2026-11-26T01:00:00.000Z" } }));
        dir.Write("reports/benchmark-report-20261126T020000Z-2222222.json", ReportJson.Serialize(template with { RunId = "20261126T020000Z-2222222", Environment = template.Environment with { Fingerprint = "other" } }));
        dir.Write($"reports/benchmark-report-{ChartSamples.RunId}.json", ReportJson.Serialize(template));
        dir.Write("reports/.benchmark-report-x.json.0123.tmp", "{ half");

        var inputs = ChartInputsLoader.Load(ChartSamples.WithComparison(template, ChartSamples.BaselinePath), dir.Combine("reports"));

        Assert.Equal(["20261126T010000Z-1111111/archived report", "20261127T064701Z-309edfe/baseline"], inputs.History.Select(h => h.RunId + "/" + h.Source));
        Assert.NotNull(inputs.Baseline);
        Assert.Equal(ChartSamples.BaselinePath, inputs.BaselinePath);
        Assert.NotNull(inputs.Leak);
    }

    [Fact]
    public void Without_a_comparison_neither_baseline_nor_archive_is_read()
    {
        using var dir = new TempDirectory();
        dir.Write("reports/benchmark-report-20261126T010000Z-1111111.json", "{ corrupt");

        var inputs = ChartInputsLoader.Load(ChartSamples.Report(), dir.Combine("reports"));

        Assert.Null(inputs.Baseline);
        Assert.Empty(inputs.History);
    }

    [Fact]
    public void A_corrupt_archived_report_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("reports/benchmark-report-20261126T010000Z-1111111.json", "{ corrupt");

        var e = Assert.Throws<GateInputException>(() => ChartInputsLoader.Load(ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath), dir.Combine("reports")));
        Assert.Equal(bad, e.File);
    }

    [Fact]
    public void A_corrupt_leak_check_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("leak.json", "[]");
        var report = ChartSamples.Report();
        report = report with { MemoryAnalysis = report.MemoryAnalysis with { LeakDetection = report.MemoryAnalysis.LeakDetection with { Source = bad } } };

        var e = Assert.Throws<GateInputException>(() => ChartInputsLoader.Load(report, dir.Path));
        Assert.Equal(bad, e.File);
    }
}

public sealed class ForeignBaselineHistoryTests
{
    [Fact]
    public void A_baseline_and_archived_reports_of_another_job_are_left_out_of_the_history_and_the_distributions()
    {
        using var dir = new TempDirectory();
        var template = ChartSamples.Report();
        var smoke = template.Job! with { Profile = "smoke" };
        dir.Write("reports/benchmark-report-20261126T010000Z-1111111.json", ReportJson.Serialize(template with { RunId = "20261126T010000Z-1111111" }));
        var report = ChartSamples.WithComparison(template with { Job = smoke }, ChartSamples.BaselinePath);

        var inputs = ChartInputsLoader.Load(report, dir.Combine("reports"));
        var trend = TrendCharts.Plan(inputs)[0];

        Assert.NotNull(inputs.Baseline);
        Assert.Equal("job differs: profile default -> smoke", inputs.BaselineIncomparableReason);
        Assert.Empty(inputs.History);
        Assert.Contains("The baseline's runs are left out: job differs: profile default -> smoke.", trend.Caption, StringComparison.Ordinal);
        Assert.All(DistributionCharts.Plan(inputs), c => Assert.DoesNotContain(c.Series, s => s.Name.Contains("baseline", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_baseline_of_another_fingerprint_is_compared_but_left_out_of_the_trend_history()
    {
        var report = ChartSamples.Report();
        report = ChartSamples.WithComparison(report with { Environment = report.Environment with { Fingerprint = "0000000000000000" } }, ChartSamples.BaselinePath);

        var inputs = ChartInputsLoader.Load(report, "/nonexistent");
        var trend = TrendCharts.Plan(inputs)[0];

        Assert.NotNull(inputs.Baseline);
        Assert.Empty(inputs.History);
        Assert.Equal(["this run"], trend.XTicks.Select(t => t.Label));
        Assert.Contains("fingerprint 447e0a986a9525e0 is not this machine's", trend.Caption, StringComparison.Ordinal);
    }
}
