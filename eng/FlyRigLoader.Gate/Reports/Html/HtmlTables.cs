using System.Text;
using FlyRigLoader.Gate.Reports.Charts;
using static FlyRigLoader.Gate.Reports.Html.HtmlText;

namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>One sortable table per category: median with CI, SLA and margin, baseline, ratio, verdict, allocations.</summary>
internal static class HtmlTables
{
    /// <summary>Renders the results section.</summary>
    public static string Render(HtmlReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var compare = model.Inputs.HasComparison;
        var rows = ComparisonRows.From(model.Report.RegressionAnalysis).ToDictionary(r => r.FullName, StringComparer.Ordinal);
        var sb = new StringBuilder("<section id=\"results\">\n<h2>Results by category</h2>\n<p class=\"meta\">Click a column header to sort");
        sb.Append(compare ? "; rows start worst ratio first.</p>\n" : ".</p>\n");
        foreach (var (category, entries) in model.Report.BenchmarkResults.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            sb.Append("<h3>").Append(H(category)).Append("</h3>\n<div class=\"table-wrap\"><table class=\"sortable\" data-category=\"").Append(H(category)).Append("\">\n<thead><tr>");
            sb.Append("<th>Benchmark</th><th data-numeric>Median [95% CI]</th><th data-numeric title=\"sd of the log medians of the run's launches (fresh processes)\">Launch spread</th><th>SLA limit</th><th data-numeric>SLA margin</th>");
            if (compare)
            {
                sb.Append("<th data-numeric>Baseline median</th><th data-numeric>Ratio [95% CI]</th>");
            }

            sb.Append("<th>Verdict</th><th data-numeric>Allocated/op</th></tr></thead>\n<tbody>\n");
            var ordered = compare
                ? entries.Values.OrderByDescending(e => rows.TryGetValue(e.FullName, out var r) ? r.Ratio ?? double.MinValue : double.MinValue).ThenBy(e => e.FullName, StringComparer.Ordinal)
                : entries.Values.OrderBy(e => e.FullName, StringComparer.Ordinal);
            foreach (var entry in ordered)
            {
                Row(sb, entry, compare ? rows.GetValueOrDefault(entry.FullName) : null, compare);
            }

            sb.Append("</tbody>\n</table></div>\n");
        }

        sb.Append("</section>\n");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, BenchmarkEntry e, ComparisonRow? row, bool compare)
    {
        sb.Append("<tr><td><code title=\"").Append(H(e.FullName)).Append("\">").Append(H(BenchmarkLabel.Of(e))).Append("</code>");
        if (e.Error is not null)
        {
            sb.Append("<br><span class=\"bad\">").Append(H(e.Error)).Append("</span>");
        }

        sb.Append("</td>");
        var median = e.Statistics?.Median;
        var ci = MedianInterval.Of(e.ExecutionTimes);
        Num(sb, median, median is { } m ? ReportFormat.Time(m) + (ci is { } c ? $"<br><span class=\"ci\">[{ReportFormat.Time(c.Lower)}, {ReportFormat.Time(c.Upper)}]</span>" : "") : "–");

        var launches = e.LaunchMediansNs is { Count: > 0 } perLaunch ? string.Join(", ", perLaunch.Select(ReportFormat.Time)) : null;
        var which = e.LaunchIndices is { Count: > 0 } indices ? " (re-measure launches " + string.Join(", ", indices) + ")" : "";
        if (launches is not null && e.LaunchThreadTimes is { Count: > 0 } times)
        {
            launches += "; benchmark thread waiting for a CPU: " + string.Join(", ", times.Select(t => t is null ? "–" : Inv($"{t.RunQueueShare * 100:0.#}%")));
            if (times.Any(t => t?.MemoryProbeMs is not null))
            {
                launches += "; host memory probe: " + string.Join(", ", times.Select(t => t?.MemoryProbeMs is { } ms ? Inv($"{ms:0.000} ms") : "–"));
            }
        }

        Num(sb, e.BetweenLaunchSd, launches is null ? H(ReportFormat.LaunchSpread(e)) : $"<span title=\"launch medians{H(which)}: {H(launches)}\">{H(ReportFormat.LaunchSpread(e))}</span>");

        var time = e.SlaValidation.Where(v => v.Limit is not null).ToList();
        sb.Append("<td class=\"sla\">").Append(time.Count == 0 ? "–" : H(string.Join("; ", time.Select(v => Inv($"{v.SlaId}: < {v.Limit:G4} {v.Unit}"))))).Append("</td>");
        var margin = ReportFormat.TightestMargin(e);
        Num(sb, margin?.Fraction * 100, margin is not { } tight ? "–" : Inv($"{tight.Verdict.Margin:+0.###;-0.###} {tight.Verdict.Unit} ({tight.Fraction * 100:+0;-0}%)"),
            margin is { Fraction: < 0 } ? "bad" : null);

        if (compare)
        {
            Num(sb, row?.BaselineMedianNs, row?.BaselineMedianNs is { } bm ? ReportFormat.Time(bm) : "–");
            var ratioText = row?.Ratio is { } ratio
                ? Inv($"×{ratio:0.000}") + (row.RatioLower is { } lo && row.RatioUpper is { } hi ? Inv($"<br><span class=\"ci\">[{lo:0.000}, {hi:0.000}]</span>") : "")
                    + (row.Informational ? "<br><span class=\"ci\">informational</span>" : "")
                : "–";
            var resolution = row is { DetectableSuspected: { } flagged }
                ? (row.DetectableRegression is { } regression ? "REGRESSION from " + ResolutionDetails.Pct(regression) + ", " : "no REGRESSION possible (capped), ")
                    + "at least SUSPECTED from " + ResolutionDetails.Pct(flagged)
                : null;
            Num(sb, row?.Ratio, resolution is null ? ratioText : $"<span title=\"{H(resolution)}\">{ratioText}</span>");
        }

        var verdict = compare && row is not null ? row.Verdict : ReportFormat.Status(e);
        var sla = ReportFormat.Status(e);
        sb.Append("<td class=\"").Append(Css(verdict)).Append("\">").Append(H(verdict));
        if (compare && sla is "FAIL" or "NO_DATA" or "FAILED" or "INCONCLUSIVE")
        {
            sb.Append(" · SLA ").Append(H(sla));
        }

        sb.Append("</td>");
        var alloc = e.AllocatedBytesPerOp is { } a ? Bytes(a) : "–";
        if (compare && row?.BaselineAllocatedBytes is { } ba)
        {
            alloc += " (baseline " + Bytes(ba) + ")";
        }

        Num(sb, e.AllocatedBytesPerOp, H(alloc), row?.AllocationVerdict == "REGRESSION" ? "bad" : null);
        sb.Append("</tr>\n");
    }

    private static void Num(StringBuilder sb, double? key, string text, string? css = null) =>
        sb.Append("<td class=\"num").Append(css is null ? "" : " " + css).Append("\" data-v=\"").Append(Key(key)).Append("\">").Append(text).Append("</td>");
}
