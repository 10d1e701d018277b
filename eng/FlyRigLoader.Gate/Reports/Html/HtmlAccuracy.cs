using System.Text;
using FlyRigLoader.Gate.Contracts.Accuracy;
using static FlyRigLoader.Gate.Reports.Html.HtmlText;

namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>
/// "Accuracy of this gate on this machine": the newest <c>gate-accuracy-*.json</c> GateAccuracy wrote, so whoever reads a
/// verdict also sees how often this gate cries wolf and how much it detects here, with the trial counts (pure).
/// </summary>
internal static class HtmlAccuracy
{
    /// <summary>The section's anchor.</summary>
    public const string SectionId = "accuracy";

    /// <summary>The section, or empty when no gate-accuracy report exists.</summary>
    public static string Render(GateAccuracyReport? report, string? path)
    {
        if (report is null)
        {
            return "";
        }

        var s = report.Settings;
        var sb = new StringBuilder();
        sb.Append(Inv($"<section id=\"{SectionId}\">\n<h2>Accuracy of this gate on this machine</h2>\n"));
        sb.Append(Inv($"<p class=\"meta\">Measured by <code>./build.sh --target=GateAccuracy</code> (<code>{H(Path.GetFileName(path))}</code>, run {H(report.RunId)}, finished {H(report.Finished)}, {report.WallSeconds / 60:0} min): "));
        sb.Append(Inv($"profile {H(s.Profile)}{(s.Filter is { } f ? ", filter <code>" + H(f) + "</code>" : "")}, {s.Trials} trial(s) per experiment (single-run A/A {2 * s.Trials}), "));
        sb.Append(Inv($"scratch baseline of {s.BaselineRuns} run(s), target <code>{H(s.TargetBenchmark)}</code>; {H(report.Machine.Cpu)}, {report.Machine.LogicalCores} logical cores, "));
        sb.Append(Inv($"commit {H(report.Machine.GitSha is { Length: >= 7 } sha ? sha[..7] : "?")}{(report.Machine.GitDirty ? " (uncommitted changes)" : "")}.</p>\n"));
        sb.Append("<div class=\"table-wrap\"><table>\n<thead><tr><th>Experiment</th><th>Measure</th><th>Trials</th><th>Outcomes</th><th>Result</th><th>Bar</th><th>Met</th></tr></thead>\n<tbody>\n");
        foreach (var experiment in report.Experiments)
        {
            foreach (var score in experiment.Scores)
            {
                var outcomes = score.Outcomes.Count == 0 ? "–" : string.Join(", ", score.Outcomes.Select(o => Inv($"{H(o.Key)} {o.Value}")));
                var rate = score.Rate is { } r ? Inv($" ({r * 100:0}%)") : "";
                sb.Append(Inv($"<tr><td title=\"{H(experiment.Description)}\"><code>{H(experiment.Name)}</code></td><td>{H(score.Measure)}</td><td>{score.Trials}</td><td>{outcomes}</td>"));
                sb.Append(Inv($"<td>{H(score.Observed)}{rate}</td><td>{H(score.Bar)}</td><td class=\"{(score.Met ? "good" : "bad")}\">{(score.Met ? "yes" : "no")}</td></tr>\n"));
            }
        }

        sb.Append("</tbody>\n</table></div>\n");
        foreach (var line in report.ExperimentLines())
        {
            sb.Append("<p class=\"meta\">").Append(H(line)).Append("</p>\n");
        }

        if (report.Spread is { Rows.Count: > 0 } spread)
        {
            sb.Append(Inv($"<p>Fresh-process spread over {spread.Runs} runs of the same build ({spread.Cases} cases), worst first:</p>\n"));
            sb.Append("<div class=\"table-wrap\"><table>\n<thead><tr><th>Case</th><th>sd of log(median)</th><th>max/min median</th><th>median</th></tr></thead>\n<tbody>\n");
            foreach (var row in spread.Rows.Take(10))
            {
                sb.Append(Inv($"<tr><td><code>{H(row.FullName)}</code></td><td>{row.SdLogMedian:0.000}</td><td>{row.MaxMinRatio:0.00}×</td><td>{H(ReportFormat.Time(row.MedianNs))}</td></tr>\n"));
            }

            sb.Append("</tbody>\n</table></div>\n");
        }

        foreach (var error in report.Errors)
        {
            sb.Append("<p class=\"bad\">").Append(H(error)).Append("</p>\n");
        }

        sb.Append("</section>\n");
        return sb.ToString();
    }
}
