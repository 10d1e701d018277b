using System.Text;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.Infra.Browser;
using Xunit.Abstractions;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.Reports.Browser;

/// <summary>The harness itself: each kind of defect it exists to catch must be caught on a page that has it.</summary>
[Trait(SlowTrait.Name, SlowTrait.Value)]
[Collection(SharedChromium.Name)]
public sealed class ReportBrowserCheckTests(BrowserFixture browser, ITestOutputHelper output) : IDisposable
{
    // 8x8, left half red, right half white.
    private const string Png8x8 = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAFElEQVR4nGM4o6QER/+RAMPQkgAASaeBodWRxBQAAAAASUVORK5CYII=";

    private static readonly string Svg = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(
        """<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160"><rect width="320" height="160" fill="#fff"/><rect x="20" y="40" width="120" height="100" fill="#2a7"/><text x="160" y="80">ratio</text></svg>"""));

    // Sized and valid, but nothing drawn on it: what a chart renderer emits when it is handed no data.
    private static readonly string BlankSvg = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(
        """<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160"><rect width="320" height="160" fill="#fff"/></svg>"""));

    private readonly TempDirectory _temp = new();

    [BrowserFact]
    public async Task A_self_contained_page_with_charts_and_a_sort_script_passes()
    {
        var result = await Check("good", Page(
            $"""<figure><img class="chart" alt="ratio" src="{Svg}"></figure><figure><img class="chart" alt="trend" src="{Png8x8}"></figure>""",
            "document.querySelector('th').addEventListener('click', () => { const b = document.querySelector('tbody'); b.append(...Array.from(b.rows).reverse()); });"));

        Assert.Empty(result.Problems(minimumCharts: 2));
        Assert.Equal("harness page", result.Title);
        Assert.Equal([(320, 160), (8, 8)], result.Charts.Select(c => (c.NaturalWidth, c.NaturalHeight)));
    }

    [BrowserFact]
    public async Task A_console_error_is_reported()
    {
        var result = await Check("console-error", Page("", "console.error('chart data missing for Load_100MB');"));

        Assert.Contains(result.ConsoleErrors, e => e.Contains("chart data missing for Load_100MB", StringComparison.Ordinal));
        Assert.Contains(result.Problems(0), p => p.StartsWith("console error:", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task An_uncaught_exception_in_the_table_script_is_reported_once_a_header_is_clicked()
    {
        var result = await Check("page-error", Page("", "document.querySelector('th').addEventListener('click', () => { throw new Error('sort broke'); });"));

        Assert.Contains(result.PageErrors, e => e.Contains("sort broke", StringComparison.Ordinal));
        Assert.NotEmpty(result.Problems(0));
    }

    [BrowserFact]
    public async Task A_fetch_from_the_network_or_a_sibling_file_is_reported_and_blocked()
    {
        var result = await Check("network", Page("""<img alt="remote" src="http://127.0.0.1:9/x.png"><img alt="sibling" src="chart.png">""", ""));

        Assert.Contains("http://127.0.0.1:9/x.png", result.NetworkRequests);
        Assert.Contains(result.NetworkRequests, u => u.StartsWith("file://", StringComparison.Ordinal) && u.EndsWith("/chart.png", StringComparison.Ordinal));
        Assert.Equal(2, result.Problems(0).Count(p => p.StartsWith("network request", StringComparison.Ordinal)));
    }

    [BrowserFact]
    public async Task A_chart_whose_data_uri_does_not_decode_is_reported_empty()
    {
        var result = await Check("broken-chart", Page($"""<figure><img class="chart" alt="broken" src="data:image/png;base64,AAAA"></figure><figure><img class="chart" alt="fine" src="{Svg}"></figure>""", ""));

        var broken = Assert.Single(result.Charts, c => c.Alt == "broken");
        Assert.True(broken.Empty);
        Assert.False(Assert.Single(result.Charts, c => c.Alt == "fine").Empty);
        Assert.Contains(result.Problems(2), p => p.StartsWith("empty chart 'broken'", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task A_chart_that_decodes_but_draws_nothing_is_reported_empty()
    {
        var result = await Check("blank-chart", Page($"""<figure><img class="chart" alt="blank" src="{BlankSvg}"></figure><figure><img class="chart" alt="fine" src="{Svg}"></figure>""", ""));

        var blank = Assert.Single(result.Charts, c => c.Alt == "blank");
        Assert.Equal((320, 160, 0), (blank.NaturalWidth, blank.NaturalHeight, blank.InkedPixels));
        Assert.True(Assert.Single(result.Charts, c => c.Alt == "fine").InkedPixels > 1000);
        Assert.Equal(["empty chart 'blank' (data:image/svg+xml;base64,PHN2ZyB4bWxucz…): complete=True, 320x160 px, 0 inked"], result.Problems(2));
    }

    [BrowserFact]
    public async Task Too_few_charts_or_a_chart_outside_a_figure_is_reported()
    {
        var result = await Check("loose-chart", Page($"""<img class="chart" alt="loose" src="{Svg}">""", ""));

        Assert.Contains("chart 'loose' is not inside a <figure>", result.Problems(1));
        Assert.Contains("expected at least 2 img.chart, found 1", result.Problems(2));
    }

    [BrowserFact]
    public async Task The_screenshot_is_a_full_page_png_under_artifacts()
    {
        var rows = string.Concat(Enumerable.Range(0, 120).Select(i => $"<p>line {i}</p>"));
        var result = await Check("screenshot", Page(rows, ""));

        var png = await File.ReadAllBytesAsync(result.ScreenshotPath);
        Assert.StartsWith(Path.Combine(RepoRoot.Path, "artifacts", "browser"), result.ScreenshotPath, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // IHDR height (big-endian at byte 20): the whole page, not just the 900 px viewport.
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.True(height > 900, $"screenshot is {height} px high; a full-page shot of 120 paragraphs is taller than the viewport");
    }

    public void Dispose() => _temp.Dispose();

    private async Task<BrowserCheckResult> Check(string name, string html)
    {
        output.WriteLine(ChromiumProvisioner.Ensure().Describe());
        var file = _temp.Write(name + ".html", html);
        var result = await browser.CheckAsync(file, Path.Combine(RepoRoot.Path, "artifacts", "browser", $"harness-{name}.png"));
        output.WriteLine(result.Describe(0));
        return result;
    }

    private static string Page(string body, string script) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>harness page</title>
        <style>body{font-family:sans-serif} img{border:1px solid #ccc}</style></head><body>
        <table><thead><tr><th>benchmark</th><th>ratio</th></tr></thead><tbody><tr><td>a</td><td>1.1</td></tr><tr><td>b</td><td>0.9</td></tr></tbody></table>
        {{body}}
        <script>{{script}}</script>
        </body></html>
        """;
}
