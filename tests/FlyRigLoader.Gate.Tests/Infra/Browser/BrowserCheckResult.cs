using System.Globalization;

namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>What headless Chromium saw when it opened a report page.</summary>
/// <param name="PageUrl">The file:// URL opened.</param>
/// <param name="LoadError">Why navigation failed (null when the page's load event fired).</param>
/// <param name="Title">The document title after load.</param>
/// <param name="ConsoleErrors">Console messages of type error, with their source location.</param>
/// <param name="PageErrors">Uncaught exceptions thrown by the page's scripts (also while its table headers were clicked).</param>
/// <param name="NetworkRequests">Every request other than the page itself and data: URIs; each was blocked, never sent.</param>
/// <param name="Charts">Every <c>img.chart</c> in document order.</param>
/// <param name="ScreenshotPath">The full-page PNG saved for reviewers.</param>
public sealed record BrowserCheckResult(
    string PageUrl,
    string? LoadError,
    string Title,
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> PageErrors,
    IReadOnlyList<string> NetworkRequests,
    IReadOnlyList<ChartImage> Charts,
    string ScreenshotPath)
{
    /// <summary>The load event fired.</summary>
    public bool Loaded => LoadError is null;

    /// <summary>
    /// Every reason the page is not fit for a reviewer, empty when it is: not loaded, console errors, page errors,
    /// network requests, fewer than <paramref name="minimumCharts"/> charts, and any chart that is empty or outside a figure.
    /// </summary>
    public IReadOnlyList<string> Problems(int minimumCharts)
    {
        var problems = new List<string>();
        if (LoadError is not null)
        {
            problems.Add("page did not load: " + LoadError);
        }

        problems.AddRange(ConsoleErrors.Select(e => "console error: " + e));
        problems.AddRange(PageErrors.Select(e => "uncaught page error: " + e));
        problems.AddRange(NetworkRequests.Select(u => "network request (the report must be self-contained): " + u));
        if (Charts.Count < minimumCharts)
        {
            problems.Add($"expected at least {minimumCharts.ToString(CultureInfo.InvariantCulture)} img.chart, found {Charts.Count.ToString(CultureInfo.InvariantCulture)}");
        }

        problems.AddRange(Charts.Where(c => c.Empty).Select(c => $"empty chart '{c.Alt}' ({c.Source}…): complete={c.Complete}, {c.NaturalWidth.ToString(CultureInfo.InvariantCulture)}x{c.NaturalHeight.ToString(CultureInfo.InvariantCulture)} px, {c.InkedPixels.ToString(CultureInfo.InvariantCulture)} inked"));
        problems.AddRange(Charts.Where(c => !c.InFigure).Select(c => $"chart '{c.Alt}' is not inside a <figure>"));
        return problems;
    }

    /// <summary>A multi-line summary for test output and failure messages.</summary>
    public string Describe(int minimumCharts)
    {
        var problems = Problems(minimumCharts);
        var head = $"{PageUrl}: title '{Title}', {Charts.Count.ToString(CultureInfo.InvariantCulture)} chart(s), screenshot {ScreenshotPath}";
        return problems.Count == 0 ? head + "\nno problems" : head + "\n" + string.Join('\n', problems.Select(p => "- " + p));
    }
}
