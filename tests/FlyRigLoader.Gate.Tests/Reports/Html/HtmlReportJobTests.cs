using System.Text.RegularExpressions;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Reports.Charts;
using FlyRigLoader.Gate.Reports.Html;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.Reports.Html;

/// <summary>The whole job with the real renderer process (the built FlyRigLoader.Charts.dll).</summary>
[Trait(SlowTrait.Name, SlowTrait.Value)]
public sealed partial class HtmlReportJobTests
{
    public static string[] Renderer => ["dotnet", new BuildPaths(RepoRoot.Path).ChartsRenderer];

    [Fact]
    public void With_a_baseline_comparison_the_page_has_every_section_and_every_chart_is_an_inline_image_with_a_png_beside_it()
    {
        using var dir = new TempDirectory();
        var report = ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath);
        var result = HtmlReportJob.Write(new HtmlReportRequest(report, dir.Combine("reports"), dir.Combine("charts"), Renderer, dir.Path, TimeSpan.FromMinutes(5)));

        Assert.True(result.ExitCode == 0, result.Error);
        var html = File.ReadAllText(result.HtmlPath!);
        Assert.Equal(dir.Combine("reports", $"benchmark-report-{ChartSamples.RunId}.html"), result.HtmlPath);
        foreach (var id in new[] { "summary", "comparison", "trends", "results", "distributions", "scaling", "memory" })
        {
            Assert.Contains($"<section id=\"{id}\"", html.Replace("<header id=\"summary\"", "<section id=\"summary\"", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var images = ChartImage().Matches(html);
        var specs = ChartPlanner.Plan(ChartInputsLoader.Load(report, dir.Combine("reports")));
        Assert.Equal(specs.Count, images.Count);
        Assert.All(images, m => Assert.True(Convert.FromBase64String(m.Groups[1].Value).Length > 1000));
        Assert.Equal(specs.Count, result.ChartPngs.Count);
        Assert.All(result.ChartPngs, p => Assert.True(ChartRenderer.StartsWithPngMagic(p), p));
        Assert.All(result.ChartPngs, p => Assert.Equal(dir.Combine("charts"), Path.GetDirectoryName(p)));
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.GetDirectories(dir.Combine("charts"))); // staging removed
    }

    [Fact]
    public void A_renderer_that_fails_still_writes_the_full_tables_but_no_png_and_exits_2()
    {
        using var dir = new TempDirectory();
        var report = ChartSamples.Report();
        var result = HtmlReportJob.Write(new HtmlReportRequest(report, dir.Combine("reports"), dir.Combine("charts"), ["sh", "-c", "echo 'error: boom in chart x' >&2; exit 2", "renderer"], dir.Path, TimeSpan.FromMinutes(1)));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("boom in chart x", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.ChartPngs);
        var html = File.ReadAllText(result.HtmlPath!);
        Assert.Contains("Charts were not rendered", html, StringComparison.Ordinal);
        Assert.Contains("chart not rendered", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Equal(report.AllEntries().Count(), Regex.Count(html, "<tr><td><code"));
        Assert.False(Directory.Exists(dir.Combine("charts")) && Directory.EnumerateFileSystemEntries(dir.Combine("charts")).Any());
    }

    [Fact]
    public void A_corrupt_baseline_writes_nothing_and_names_the_file()
    {
        using var dir = new TempDirectory();
        var baseline = dir.Write("baselines/linux-x64-2core-447e0a986a9525e0.json", "{ \"kind\": \"flyrigloader-baseline\", \"schema_version\": 1, \"runs\": [ {");
        var report = ChartSamples.WithComparison(ChartSamples.Report(), baseline);
        var result = HtmlReportJob.Write(new HtmlReportRequest(report, dir.Combine("reports"), dir.Combine("charts"), Renderer, dir.Path, TimeSpan.FromMinutes(1)));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(baseline, result.Error, StringComparison.Ordinal);
        Assert.Null(result.HtmlPath);
        Assert.False(Directory.Exists(dir.Combine("reports")));
        Assert.False(Directory.Exists(dir.Combine("charts")));
    }

    [GeneratedRegex("<img class=\"chart\"[^>]* src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\">")]
    private static partial Regex ChartImage();
}
