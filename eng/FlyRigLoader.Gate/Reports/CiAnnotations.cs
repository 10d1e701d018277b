namespace FlyRigLoader.Gate.Reports;

/// <summary>GitHub Actions workflow commands (<c>::error</c>/<c>::warning</c>) for the problems of a run.</summary>
internal static class CiAnnotations
{
    /// <summary>
    /// One line per problem: failed benchmarks and SLA failures are errors; incompleteness and leaks too; super-linear
    /// growth warns; what got no verdict (INCOMPARABLE, INCONCLUSIVE) is one error, or a warning when accepted; each time
    /// verdict made INCONCLUSIVE by interference warns with its reason.
    /// </summary>
    public static IReadOnlyList<string> Render(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string>();
        if (!report.Complete)
        {
            lines.Add($"::error title=Benchmarks incomplete::{Escape(report.IncompleteReason ?? "incomplete")}");
        }

        foreach (var e in report.AllEntries())
        {
            if (!e.Success)
            {
                lines.Add($"::error title=Benchmark failed::{Escape(e.FullName + ": " + e.Error)}");
            }

            foreach (var v in e.SlaValidation.Where(v => v.Status is Core.Sla.SlaStatus.Fail or Core.Sla.SlaStatus.NoData or Core.Sla.SlaStatus.Inconclusive))
            {
                var severity = v.Status == Core.Sla.SlaStatus.Inconclusive ? "warning" : "error";
                lines.Add($"::{severity} title=SLA {Escape(v.SlaId)} {v.Status.ToString().ToUpperInvariant()}::{Escape(e.FullName + ": " + v.Detail)}");
            }

            if (e.ScalingAnalysis is { SuperLinear: true } fit && e.Parameters is not null && fit.Sizes.Count > 0)
            {
                lines.Add($"::warning title=Super-linear scaling::{Escape(fit.Family + ": " + fit.Complexity)}");
            }
        }

        if (NoVerdictSummary.Line(report) is { } noVerdict)
        {
            lines.Add(report.Summary.ExitCode == Contracts.ExitCodes.Ok
                ? $"::warning title=No verdict (accepted)::{Escape(noVerdict)}"
                : $"::error title=No verdict::{Escape(noVerdict)}");
        }

        foreach (var b in (report.RegressionAnalysis?.Details?.Benchmarks ?? []).Where(b => b.Verdict == "INCONCLUSIVE"))
        {
            lines.Add($"::warning title=INCONCLUSIVE (interference)::{Escape(b.FullName + ": " + b.Reason)}");
        }

        if (report.MemoryAnalysis.LeakDetection.Status is "LEAK_DETECTED" or "FAILED")
        {
            lines.Add($"::error title=Leak check {report.MemoryAnalysis.LeakDetection.Status}::{Escape(report.MemoryAnalysis.LeakDetection.Rule ?? "")}");
        }

        return lines.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Escapes message data as GitHub requires (%, CR, LF).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
    }
}
