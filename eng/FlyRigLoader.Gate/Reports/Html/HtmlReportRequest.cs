namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>Where and how <see cref="HtmlReportJob"/> writes the page and the chart PNGs.</summary>
/// <param name="Report">The final report (with its regression analysis when compared).</param>
/// <param name="ReportsFolder">Where the HTML goes and archived reports are read from (<c>artifacts/reports</c>).</param>
/// <param name="ChartsFolder">Where the PNGs go (<c>artifacts/charts</c>).</param>
/// <param name="RendererCommand">Starts the renderer (file + leading arguments), e.g. <c>dotnet …/FlyRigLoader.Charts.dll</c>.</param>
/// <param name="WorkingDirectory">The renderer's working directory.</param>
/// <param name="Timeout">How long the renderer may take.</param>
/// <param name="AccuracyFolder">Where GateAccuracy writes <c>gate-accuracy-*.json</c> (<c>artifacts/accuracy</c>); the newest is shown, none means no section.</param>
internal sealed record HtmlReportRequest(
    BenchmarkReport Report, string ReportsFolder, string ChartsFolder, IReadOnlyList<string> RendererCommand, string WorkingDirectory, TimeSpan Timeout,
    string? AccuracyFolder = null);
