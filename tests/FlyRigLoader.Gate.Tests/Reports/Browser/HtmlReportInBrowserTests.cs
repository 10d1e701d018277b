using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Reports.Html;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.Infra.Browser;
using FlyRigLoader.Gate.Tests.Reports.Html;
using Xunit.Abstractions;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.Reports.Browser;

/// <summary>The product's HTML report, rendered from real BenchmarkDotNet results, as a reviewer's Chromium shows it.</summary>
[Trait(SlowTrait.Name, SlowTrait.Value)]
[Collection(SharedChromium.Name)]
public sealed class HtmlReportInBrowserTests(ITestOutputHelper output)
{
    // The page with a baseline comparison plans every chart section, so charts must be there, and every one drawn.
    private const int MinimumCharts = 1;

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

    // A real default-profile report compared with its committed baseline, so the ratio and trend sections are planned too.
    private static BenchmarkReport RealisticReport() => ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath);

    /// <summary>Writes the product's page (through the HTML job and its chart renderer) under artifacts/browser/.</summary>
    private static string WritePage(BenchmarkReport report)
    {
        var folder = Path.Combine(RepoRoot.Path, "artifacts", "browser");
        var result = HtmlReportJob.Write(new HtmlReportRequest(report, Path.Combine(folder, "reports"), Path.Combine(folder, "charts"), HtmlReportJobTests.Renderer, folder, TimeSpan.FromMinutes(5)));
        Assert.True(result.ExitCode == 0, result.Error);
        return result.HtmlPath!;
    }
}
