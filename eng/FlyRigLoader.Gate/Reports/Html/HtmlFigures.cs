using System.Text;
using FlyRigLoader.Gate.Contracts.Charts;
using static FlyRigLoader.Gate.Reports.Html.HtmlText;

namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>Chart sections: each chart an <c>&lt;img class="chart"&gt;</c> with a <c>data:</c> URI inside a captioned figure.</summary>
internal static class HtmlFigures
{
    /// <summary>One figure; a chart that was not rendered shows why instead of an image.</summary>
    public static string Figure(ChartSpec spec, IReadOnlyDictionary<string, string> images, string? error)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(images);
        var sb = new StringBuilder("<figure id=\"").Append(H(spec.Id)).Append("\">");
        if (images.TryGetValue(spec.Id, out var uri))
        {
            sb.Append(Inv($"<img class=\"chart\" width=\"{spec.Width}\" height=\"{spec.Height}\" alt=\"{H(spec.AltText)}\" src=\"{uri}\">"));
        }
        else
        {
            sb.Append("<div class=\"chart-error\">").Append(H(spec.Title)).Append(": chart not rendered").Append(error is null ? "" : " (" + H(error) + ")").Append("</div>");
        }

        return sb.Append("<figcaption><strong>").Append(H(spec.Title)).Append(".</strong> ").Append(H(spec.Caption)).Append("</figcaption></figure>\n").ToString();
    }

    /// <summary>A section of charts, grouped by category when <paramref name="byCategory"/>; empty when there are none.</summary>
    public static string Section(HtmlReportModel model, string section, string heading, string intro, bool wide, bool byCategory)
    {
        ArgumentNullException.ThrowIfNull(model);
        var charts = model.Charts.Where(c => c.Section == section).ToList();
        if (charts.Count == 0)
        {
            return "";
        }

        var sb = new StringBuilder("<section id=\"").Append(section).Append("\">\n<h2>").Append(H(heading)).Append("</h2>\n<p class=\"meta\">").Append(H(intro)).Append("</p>\n");
        foreach (var group in byCategory ? charts.GroupBy(c => c.Category ?? "") : [charts.GroupBy(_ => "").Single()])
        {
            if (group.Key.Length > 0)
            {
                sb.Append("<h3>").Append(H(group.Key)).Append("</h3>\n");
            }

            sb.Append(wide ? "<div class=\"charts wide\">\n" : "<div class=\"charts\">\n");
            foreach (var chart in group)
            {
                sb.Append(Figure(chart, model.Images, model.ChartError));
            }

            sb.Append("</div>\n");
        }

        return sb.Append("</section>\n").ToString();
    }
}
