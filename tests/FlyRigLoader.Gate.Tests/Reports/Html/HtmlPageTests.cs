using System.Text.RegularExpressions;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Reports.Charts;
using FlyRigLoader.Gate.Reports.Html;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Reports.Html;

/// <summary>The page composition alone (no rendering): images are stand-in SVGs.</summary>
public sealed class HtmlPageTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>";

    private static (string Html, HtmlReportModel Model) Page(bool compare, bool renderFailed = false)
    {
        var report = compare ? ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath) : ChartSamples.Report();
        var inputs = ChartInputsLoader.Load(report, "/nonexistent");
        var specs = ChartPlanner.Plan(inputs);
        var images = renderFailed ? new Dictionary<string, string>() : specs.ToDictionary(s => s.Id, _ => HtmlReportModel.SvgDataUri(Svg));
        var model = new HtmlReportModel(inputs, specs, images, renderFailed ? "specs.json: chart 'x' failed" : null);
        return (HtmlPage.Render(model), model);
    }

    [Fact]
    public void With_a_comparison_the_page_has_verdict_environment_comparison_trends_tables_and_every_chart()
    {
        var (html, model) = Page(compare: true);

        foreach (var label in new[] { "SLA pass rate", "Regressions", "Allocation regressions", "Leak check" })
        {
            Assert.Contains($"<div class=\"label\">{label}</div>", html, StringComparison.Ordinal);
        }

        Assert.Contains("1 (+1 suspected)", html, StringComparison.Ordinal);
        Assert.Contains(model.Report.Environment.Fingerprint, html, StringComparison.Ordinal);
        Assert.Contains(model.Report.BenchmarkSuite.GitSha!, html, StringComparison.Ordinal);
        Assert.Matches("Baseline: <code>baseline-linux-x64-2core-447e0a986a9525e0.json</code>, 1 run\\(s\\), newest 2026-11-27 06:47 UTC, 0\\.1 days old, same fingerprint", html);
        Assert.Contains("<p class=\"meta\" id=\"resolution\">Resolution (the smallest slowdowns this comparison could call, from its bands and thresholds): a REGRESSION needs +", html, StringComparison.Ordinal);
        Assert.Contains("<span title=\"REGRESSION from +25%, at least SUSPECTED from +10%\">×0.950", html, StringComparison.Ordinal);
        foreach (var id in new[] { ChartSections.Comparison, ChartSections.Trends, "results", ChartSections.Distributions, ChartSections.Scaling, ChartSections.Memory })
        {
            Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.All(model.Charts, c => Assert.Contains($"<figure id=\"{c.Id}\"><img class=\"chart\"", html, StringComparison.Ordinal));
        Assert.Equal(model.Charts.Count, Regex.Count(html, "<img class=\"chart\" [^>]*src=\"data:image/svg\\+xml;base64,[A-Za-z0-9+/=]{20,}\""));
        Assert.Equal(model.Charts.Count, Regex.Count(html, "<figcaption>"));
    }

    [Fact]
    public void Without_a_baseline_the_comparison_and_trend_sections_and_columns_are_absent()
    {
        var (html, _) = Page(compare: false);

        Assert.DoesNotContain("<section id=\"comparison\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"trends\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ratio [95% CI]", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Allocation regressions", html, StringComparison.Ordinal);
        Assert.Contains("not compared (run with <code>--baseline-comparison</code>)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"resolution\"", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"distributions\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_category_has_a_sortable_table_whose_rows_start_with_the_worst_ratio()
    {
        var (html, model) = Page(compare: true);

        Assert.Contains("th.addEventListener('click'", html, StringComparison.Ordinal);
        foreach (var category in model.Report.BenchmarkResults.Keys)
        {
            var table = Regex.Match(html, $"<table class=\"sortable\" data-category=\"{category}\">(.*?)</table>", RegexOptions.Singleline);
            Assert.True(table.Success, category);
            Assert.Contains("<th data-numeric>Ratio [95% CI]</th>", table.Value, StringComparison.Ordinal);
            var ratios = Regex.Matches(table.Value, "<td class=\"num\" data-v=\"([^\"]*)\">(?:<span title=\"[^\"]*\">)?×").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(model.Report.BenchmarkResults[category].Count, ratios.Count);
            Assert.Equal(ratios.OrderDescending(), ratios);
        }

        var regressed = ChartSamples.RegressedName(model.Report);
        Assert.Matches($"title=\"{Regex.Escape(System.Net.WebUtility.HtmlEncode(regressed))}\">[^<]*</code></td>.*?×1\\.300<br><span class=\"ci\">\\[1\\.280, 1\\.330\\]</span></span></td><td class=\"bad\">REGRESSION", html);
    }

    [Fact]
    public void A_run_without_a_verdict_shows_no_verdict_the_reason_and_the_informational_ratios()
    {
        var report = ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath);
        var details = report.RegressionAnalysis!.Details! with
        {
            ExitCode = 3,
            Baseline = new BaselineDetails { Path = ChartSamples.BaselinePath, Comparable = false, IncomparableReason = "job differs: profile default -> smoke", Method = "informational" },
        };
        details = details with { Benchmarks = [.. details.Benchmarks.Select(b => b with { Verdict = "INCOMPARABLE", AllocationVerdict = "INCOMPARABLE", Informational = true })] };
        report = report with { RegressionAnalysis = report.RegressionAnalysis with { Status = "NO_VERDICT", RegressionDetected = false, Details = details }, Summary = report.Summary with { ExitCode = 3 } };
        var inputs = ChartInputsLoader.Load(report, "/nonexistent");

        var html = HtmlPage.Render(new HtmlReportModel(inputs, [], new Dictionary<string, string>(), null));

        Assert.Contains("<div class=\"card overall warn\"><div class=\"label\">Verdict</div><div class=\"value\">NO VERDICT (exit 3)</div></div>", html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"label\">No verdict</div><div class=\"value\">{details.Benchmarks.Count} (INCOMPARABLE/INCONCLUSIVE)</div>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"banner warn\"><strong>No verdict:</strong> ", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"warn\">INCOMPARABLE: job differs: profile default -&gt; smoke; no verdict from it</span>", html, StringComparison.Ordinal);
        Assert.Equal(details.Benchmarks.Count, Regex.Count(html, "<span class=\"ci\">informational</span>"));
        Assert.Equal(details.Benchmarks.Count, Regex.Count(html, "<td class=\"warn\">INCOMPARABLE( · SLA [A-Z_]+)?</td>"));
        Assert.DoesNotContain(">REGRESSION<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_references_nothing_to_fetch()
    {
        var (html, _) = Page(compare: true);

        Assert.DoesNotMatch("https?://", html);
        Assert.DoesNotMatch("<(script|link|img)[^>]+(src|href)=\"(?!data:)", html);
        Assert.Contains("<link rel=\"icon\" href=\"data:,\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void When_rendering_failed_each_chart_says_so_and_the_tables_stay()
    {
        var (html, model) = Page(compare: true, renderFailed: true);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal(model.Charts.Count, Regex.Count(html, "chart not rendered \\(specs\\.json: chart &#39;x&#39; failed\\)"));
        Assert.Contains("Charts were not rendered", html, StringComparison.Ordinal);
        Assert.Equal(model.Report.AllEntries().Count(), Regex.Count(html, "<tr><td><code"));
    }

    [Fact]
    public void Every_table_shows_each_cases_launch_spread_with_its_launch_medians_on_hover()
    {
        var report = Gate.Reports.ReportBuilder.Build(Tests.Reports.ReportSamples.LaunchedInputs(1.0, 1.1, 1.21));
        var html = HtmlReportWriter.Render(report);

        Assert.Equal(report.BenchmarkResults.Count, Regex.Count(html, ">Launch spread</th>"));
        var entry = report.AllEntries().First(e => e.FullName.EndsWith("LoadPickle(SizeMb: 4)", StringComparison.Ordinal));
        var medians = string.Join(", ", entry.LaunchMediansNs!.Select(Gate.Reports.ReportFormat.Time));
        Assert.Contains($"<span title=\"launch medians: {medians}\">10.0%</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_from_before_launches_shows_no_launch_spread()
    {
        var html = HtmlReportWriter.Render(ChartSamples.Report());

        Assert.Contains(">Launch spread</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("launch medians:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tables_only_page_of_the_old_writer_still_renders_every_entry()
    {
        var report = ChartSamples.Report();
        var html = HtmlReportWriter.Render(report);

        Assert.Equal(report.AllEntries().Count(), Regex.Count(html, "<tr><td><code"));
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
    }
}

public sealed class MedianIntervalTests
{
    [Fact]
    public void Fifteen_samples_give_the_exact_binomial_ranks_4_and_12_and_fewer_than_six_give_none()
    {
        var samples = Enumerable.Range(1, 15).Select(i => (double)(16 - i)).ToList();

        Assert.Equal((4.0, 12.0), MedianInterval.Of(samples));
        Assert.Null(MedianInterval.Of([1, 2, 3, 4, 5]));
    }
}

public sealed class MarkdownChartLinksTests
{
    [Fact]
    public void Links_are_relative_to_the_summary_and_absent_without_charts()
    {
        var md = MarkdownChartLinks.Render("/a/artifacts/reports", "/a/artifacts/reports/benchmark-report-r.html", ["/a/artifacts/charts/r-ratio-suite.png"]);

        Assert.Contains("[benchmark-report-r.html](benchmark-report-r.html)", md, StringComparison.Ordinal);
        Assert.Contains("- [r-ratio-suite](../charts/r-ratio-suite.png)", md, StringComparison.Ordinal);
        Assert.Equal("", MarkdownChartLinks.Render("/a", null, []));
    }
}
