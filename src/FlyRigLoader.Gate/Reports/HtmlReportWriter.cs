using System.Net;
using System.Text;

namespace FlyRigLoader.Gate.Reports;

/// <summary>A self-contained HTML page of the report (no scripts, no external assets).</summary>
public static class HtmlReportWriter
{
    /// <summary>Renders the page.</summary>
    public static string Render(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        static string H(string? s) => WebUtility.HtmlEncode(s ?? "");
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Benchmark report ").Append(H(report.RunId)).Append("</title>\n");
        sb.Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.PASS{color:#070}.FAIL,.FAILED,.NO_DATA{color:#b00}</style></head><body>\n");
        sb.Append("<h1>FlyRigLoader benchmark report</h1>\n<p>Run <code>").Append(H(report.RunId)).Append("</code> · ")
            .Append(report.Complete ? "complete" : "<strong>incomplete</strong>: " + H(report.IncompleteReason)).Append(" · exit code ").Append(report.Summary.ExitCode).Append("</p>\n");
        var env = report.Environment.Info;
        sb.Append("<p>").Append(H($"{env.Os.Description} · {env.Cpu.Model} · {env.Cpu.LogicalCores} logical cores · {env.Dotnet.Runtime} · BenchmarkDotNet {env.BenchmarkDotNetVersion} · fingerprint {report.Environment.Fingerprint}")).Append("</p>\n");
        sb.Append("<table><tr><th>Category</th><th>Benchmark</th><th>Status</th><th>N</th><th>Mean</th><th>Median</th><th>95% CI (t)</th><th>95% CI (bootstrap)</th><th>Allocated/op</th><th>SLA</th></tr>\n");
        foreach (var e in report.AllEntries())
        {
            var st = ReportFormat.Status(e);
            var s = e.Statistics;
            sb.Append("<tr><td>").Append(H(e.Category)).Append("</td><td><code>").Append(H(e.FullName)).Append("</code></td><td class=\"").Append(st).Append("\">").Append(st)
                .Append("</td><td>").Append(s?.N.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")
                .Append("</td><td>").Append(s is null ? "-" : ReportFormat.Time(s.Mean))
                .Append("</td><td>").Append(s is null ? "-" : ReportFormat.Time(s.Median))
                .Append("</td><td>").Append(s?.StudentT is { } t ? H($"[{ReportFormat.Time(t.Lower)}, {ReportFormat.Time(t.Upper)}]") : "-")
                .Append("</td><td>").Append(s?.Bootstrap is { } b ? H($"[{ReportFormat.Time(b.Lower)}, {ReportFormat.Time(b.Upper)}]") : "-")
                .Append("</td><td>").Append(e.AllocatedBytesPerOp is { } a ? ReportFormat.F(a, "0") + " B" : "-")
                .Append("</td><td>").Append(H(ReportFormat.SlaText(e))).Append("</td></tr>\n");
        }

        sb.Append("</table>\n<p>Leak detection: ").Append(H(report.MemoryAnalysis.LeakDetection.Status)).Append("</p>\n</body></html>\n");
        return sb.ToString();
    }
}
