using System.Text;
using static FlyRigLoader.Gate.Reports.Html.HtmlText;

namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>The Markdown summary's chart section: links to the PNGs, relative to the summary file.</summary>
internal static class MarkdownChartLinks
{
    /// <summary>A <c>## Charts</c> section, or empty when there are no PNGs.</summary>
    public static string Render(string markdownFolder, string? htmlPath, IReadOnlyList<string> pngs)
    {
        ArgumentNullException.ThrowIfNull(markdownFolder);
        ArgumentNullException.ThrowIfNull(pngs);
        if (pngs.Count == 0 && htmlPath is null)
        {
            return "";
        }

        var md = new StringBuilder("\n## Charts\n\n");
        if (htmlPath is not null)
        {
            md.Append(Inv($"Full report with every chart: [{Path.GetFileName(htmlPath)}]({Link(markdownFolder, htmlPath)})\n\n"));
        }

        foreach (var png in pngs)
        {
            md.Append(Inv($"- [{Path.GetFileNameWithoutExtension(png)}]({Link(markdownFolder, png)})\n"));
        }

        return md.ToString();
    }

    private static string Link(string from, string to) => Path.GetRelativePath(from, to).Replace('\\', '/');
}
