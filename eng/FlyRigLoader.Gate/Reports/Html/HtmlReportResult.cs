namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>What <see cref="HtmlReportJob"/> did.</summary>
/// <param name="ExitCode">0, or 2 when an input was unreadable (nothing written) or charts failed to render (page written without them).</param>
/// <param name="HtmlPath">The page, or null when nothing was written.</param>
/// <param name="ChartPngs">The PNGs written under the charts folder, in page order.</param>
/// <param name="Error">The error shown to the user, or null.</param>
internal sealed record HtmlReportResult(int ExitCode, string? HtmlPath, IReadOnlyList<string> ChartPngs, string? Error);
