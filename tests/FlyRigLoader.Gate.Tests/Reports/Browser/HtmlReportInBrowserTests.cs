using System.Text.RegularExpressions;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Tests.Infra;
using FlyRigLoader.Gate.Tests.Infra.Browser;
using Xunit.Abstractions;

namespace FlyRigLoader.Gate.Tests.Reports.Browser;

/// <summary>The product's HTML report, rendered from real BenchmarkDotNet results, as a reviewer's Chromium shows it.</summary>
[Collection(SharedChromium.Name)]
public sealed partial class HtmlReportInBrowserTests(ITestOutputHelper output)
{
    /// <summary>
    /// Whether the report must contain charts. False only until the charts branch (issue 8) is merged; then
    /// <see cref="WritePage"/> must write the page through the HTML job (with its chart renderer) and this must be
    /// true: <see cref="The_chart_expectation_matches_what_the_writer_renders"/> fails until both are done, so the
    /// merged product always asserts at least one chart.
    /// </summary>
    private static bool ExpectCharts => false;

    private static int MinimumCharts => ExpectCharts ? 1 : 0;

    [BrowserFact]
    public async Task The_generated_report_loads_in_chromium_without_errors_or_requests_and_every_chart_is_drawn()
    {
        var report = RealisticReport();
        var page = WritePage(report);

        var result = await ReportBrowserCheck.CheckAsync(page);
        output.WriteLine(ChromiumProvisioner.Ensure().Describe());
        output.WriteLine(result.Describe(MinimumCharts));

        Assert.True(result.Loaded, result.Describe(MinimumCharts));
        Assert.Contains(report.RunId, result.Title, StringComparison.Ordinal);
        Assert.Empty(result.ConsoleErrors);
        Assert.Empty(result.PageErrors);
        Assert.Empty(result.NetworkRequests);
        Assert.True(result.Charts.Count >= MinimumCharts, result.Describe(MinimumCharts));
        Assert.All(result.Charts, c => Assert.False(c.Empty, $"chart '{c.Alt}' is empty"));
        Assert.Empty(result.Problems(MinimumCharts));
        Assert.Equal(ReportBrowserCheck.ScreenshotPathFor(page), result.ScreenshotPath);
        Assert.True(new FileInfo(result.ScreenshotPath).Length > 1000, "screenshot is missing or blank");
    }

    [Fact]
    public void The_chart_expectation_matches_what_the_writer_renders()
    {
        var chartJob = typeof(HtmlReportWriter).Assembly.GetType("FlyRigLoader.Gate.Reports.Html.HtmlReportJob");
        Assert.True(
            chartJob is null || ExpectCharts,
            $"the gate now has {chartJob?.FullName}: make {nameof(WritePage)} write the page through it and set ExpectCharts = true in {nameof(HtmlReportInBrowserTests)}");
        if (!ExpectCharts)
        {
            // Rendered only while charts are not required: once they are, the browser test itself asserts them.
            var charts = ChartImgTag().Count(File.ReadAllText(WritePage(RealisticReport())));
            Assert.True(charts == 0, $"the page now has {charts} img.chart: set ExpectCharts = true in {nameof(HtmlReportInBrowserTests)} so the browser test requires them");
        }
    }

    // The two places to adapt when the page gains charts: the report (with a baseline comparison, so every chart
    // section is planned) and how the product writes the page (the HTML job with its chart renderer).
    private static BenchmarkReport RealisticReport() => ReportBuilder.Build(ReportSamples.Inputs());

    /// <summary>Writes the product's page for <paramref name="report"/> under artifacts/browser/ and returns its path.</summary>
    private static string WritePage(BenchmarkReport report)
    {
        var path = Path.Combine(RepoRoot.Path, "artifacts", "browser", $"benchmark-report-{report.RunId}.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Temp then rename: a half-written page must never be what the browser (or a reviewer) opens.
        var temp = path + ".tmp";
        File.WriteAllText(temp, HtmlReportWriter.Render(report));
        File.Move(temp, path, overwrite: true);
        return path;
    }

    [GeneratedRegex("""<img\b[^>]*\bclass\s*=\s*["'][^"']*\bchart\b""", RegexOptions.IgnoreCase)]
    private static partial Regex ChartImgTag();
}
