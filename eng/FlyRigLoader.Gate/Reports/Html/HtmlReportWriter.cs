
namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>The self-contained HTML page of a report (see <see cref="HtmlPage"/>; charts come from <see cref="HtmlReportJob"/>).</summary>
internal static class HtmlReportWriter
{
    /// <summary>Renders the page with its tables and no charts.</summary>
    public static string Render(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return HtmlPage.Render(HtmlReportModel.TablesOnly(report));
    }

    /// <summary>Renders the page of a fully loaded model.</summary>
    public static string Render(HtmlReportModel model) => HtmlPage.Render(model);
}
