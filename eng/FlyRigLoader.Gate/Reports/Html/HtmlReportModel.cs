using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Contracts.Charts;
using FlyRigLoader.Gate.Reports.Charts;

namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>Everything the HTML page shows, already loaded and rendered.</summary>
/// <param name="Inputs">The report and what the charts were planned from.</param>
/// <param name="Charts">The planned charts, in page order.</param>
/// <param name="Images">Chart id → <c>data:</c> URI of the rendered chart (missing when it was not rendered).</param>
/// <param name="ChartError">Why charts are missing (rendering failed), or null.</param>
/// <param name="Accuracy">The newest gate-accuracy report of this machine, or null when GateAccuracy never ran here.</param>
/// <param name="AccuracyPath">Its file, or null.</param>
internal sealed record HtmlReportModel(
    ChartInputs Inputs, IReadOnlyList<ChartSpec> Charts, IReadOnlyDictionary<string, string> Images, string? ChartError,
    GateAccuracyReport? Accuracy = null, string? AccuracyPath = null)
{
    /// <summary>The report.</summary>
    public BenchmarkReport Report => Inputs.Report;

    /// <summary>A page with tables only (no charts planned).</summary>
    public static HtmlReportModel TablesOnly(BenchmarkReport report) =>
        new(new ChartInputs(report, null, null, [], null), [], new Dictionary<string, string>(), null);

    /// <summary>The <c>data:</c> URI of an SVG.</summary>
    public static string SvgDataUri(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
