using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// What a report could not decide, in the same words on every output (Markdown, console, annotations, HTML): the
/// benchmarks whose verdict is INCOMPARABLE or INCONCLUSIVE, the incomparable baseline's reason, and the INCONCLUSIVE SLAs.
/// </summary>
internal static class NoVerdictSummary
{
    /// <summary>The printed no-verdict outcomes.</summary>
    public static readonly IReadOnlyList<string> Verdicts = ["INCOMPARABLE", "INCONCLUSIVE"];

    /// <summary>True when a verdict row of the regression details got no verdict.</summary>
    public static bool IsNoVerdict(BenchmarkVerdictDetails row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Verdicts.Contains(row.Verdict) || row.AllocationVerdict == "INCOMPARABLE";
    }

    /// <summary>One sentence naming what got no verdict and why, or null when everything was decided.</summary>
    public static string? Line(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new List<string>();
        var details = report.RegressionAnalysis?.Details;
        var rows = details?.Benchmarks.Where(r => r is not null && IsNoVerdict(r)).ToList() ?? [];
        foreach (var group in rows.GroupBy(r => r.Verdict is "INCONCLUSIVE" ? "INCONCLUSIVE" : "INCOMPARABLE"))
        {
            var why = group.Key == "INCOMPARABLE" && details?.Baseline is { IncomparableReason: { } reason } b ? $" (baseline {b.Path}: {reason})" : string.Empty;
            var names = group.Select(r => r.FullName).ToList();
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{names.Count} benchmark(s) {group.Key}{why}: {string.Join(", ", names.Take(8))}{(names.Count > 8 ? ", …" : string.Empty)}"));
        }

        var sla = report.AllEntries().SelectMany(e => e.SlaValidation).Where(v => v.Status == SlaStatus.Inconclusive).ToList();
        if (sla.Count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{sla.Count} SLA verdict(s) INCONCLUSIVE: {string.Join(", ", sla.Take(8).Select(v => v.SlaId + " on " + v.FullName))}"));
        }

        return parts.Count == 0 ? null : "no verdict: " + string.Join("; ", parts);
    }

    /// <summary>The line with what it does to the run: exit 3, or accepted (<c>--accept-no-verdict</c>).</summary>
    public static string? WithOutcome(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Line(report) is not { } line ? null
            : report.Summary.ExitCode == ExitCodes.NoVerdict ? line + " (exit 3; --accept-no-verdict accepts it)"
            : report.Summary.ExitCode == ExitCodes.Ok ? line + " (accepted: --accept-no-verdict)"
            : line;
    }

    /// <summary>The baseline sentence of the report's regression details: file, comparable or why not, how judged; null without one.</summary>
    public static string? Baseline(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.RegressionAnalysis?.Details?.Baseline is not { } b)
        {
            return null;
        }

        return b switch
        {
            { Method: "none" } => "none",
            { Method: "side-by-side", Comparable: false } => $"{b.Path} is INCOMPARABLE ({b.IncomparableReason}); judged by interleaved A/B against its commit instead",
            { Method: "side-by-side" } => $"{b.Path} (measured side by side)",
            { Comparable: false } => $"{b.Path} is INCOMPARABLE ({b.IncomparableReason}); no verdict from it",
            _ => $"{b.Path} (comparable: same fingerprint and job {b.JobKey})",
        };
    }
}
