using System.Globalization;
using System.Text;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The Markdown History section (creep against the anchor, change points) from the history details a judged report
/// carries: one rendering for the regression check's Markdown and the run's summary (pure).
/// </summary>
internal static class HistorySection
{
    /// <summary>The verdict names as printed and written.</summary>
    public const string NoCreep = "NO_CREEP";

    /// <summary>Reaches the threshold, but the interval includes 1.</summary>
    public const string CreepSuspected = "CREEP_SUSPECTED";

    /// <summary>Reaches the threshold with the interval clear of 1.</summary>
    public const string Creep = "CREEP";

    private const string SuiteRelativeNote =
        "- Times judged against the rest of the suite: each run's suite level (the median benchmark's distance from its own typical level) is divided out, "
        + "so a host that changed between runs is not a step in every benchmark.";

    /// <summary>The anchor as people name it: its label, else its commit, else its run id.</summary>
    public static string AnchorName(string? label, string? sha, string? runId)
    {
        var shortSha = sha is { Length: > 0 } s ? s[..Math.Min(12, s.Length)] : null;
        return label is not null ? $"'{label}' ({shortSha ?? runId})" : shortSha ?? runId ?? "-";
    }

    /// <summary>The section under a heading of <paramref name="level"/> (<c>##</c> or <c>###</c>): anchor, creep rows (CREEP and CREEP_SUSPECTED), change points.</summary>
    public static string Render(HistoryDetails history, string level)
    {
        ArgumentNullException.ThrowIfNull(history);
        var md = new StringBuilder();
        md.AppendLine(level + " History");
        md.AppendLine();
        if (history.Anchor is not { } anchor)
        {
            md.AppendLine("- Not used: " + history.Note);
            return md.ToString();
        }

        md.AppendLine("- " + history.Note);
        md.AppendLine(Inv($"- Anchor ({anchor.ChosenBy}): {AnchorName(anchor.Label, anchor.Sha, anchor.RunId)}, run {anchor.RunId} of {Day(anchor.Date)}{(anchor.Pinned ? ", pinned" : string.Empty)}"));
        var counts = new[] { NoCreep, CreepSuspected, Creep }.Select(s => Inv($"{history.Benchmarks.Count(b => b.Creep == s)} {s}"));
        md.AppendLine(Inv($"- Creep against the anchor (threshold +{history.Threshold * 100:0.#}%): {string.Join(", ", counts)}; CREEP {(history.FailOnCreep ? "fails the gate (--fail-on-creep)" : "warns, the exit code is unaffected (--fail-on-creep makes it exit 1)")}"));
        var relative = history.Suite is not null;
        if (history.Suite is { } suite)
        {
            var suiteCi = suite.RatioCi is [var lo, var hi] ? Inv($" ({lo:0.000}–{hi:0.000})") : string.Empty;
            md.AppendLine(SuiteRelativeNote + Inv($" The suite as a whole against the anchor: ×{suite.Ratio:0.000}{suiteCi}, {suite.Creep} (at most {CreepSuspected}: the host or a change that touched every benchmark; an --against run against the anchor's commit tells which)"));
        }

        var rows = history.Benchmarks.Where(b => b.Creep is Creep or CreepSuspected)
            .OrderBy(b => b.Creep == Creep ? 0 : 1).ThenByDescending(b => b.Ratio).ToList();
        if (rows.Count > 0)
        {
            md.AppendLine();
            md.AppendLine(relative ? "| Creep | Benchmark | Ratio vs anchor, relative to the suite (95% CI) | Measured ratio | Anchor | Current |" : "| Creep | Benchmark | Ratio vs anchor (95% CI) | Anchor | Current |");
            md.AppendLine(relative ? "|---|---|---|---|---|---|" : "|---|---|---|---|---|");
            foreach (var b in rows)
            {
                var ci = b.RatioCi is [var lower, var upper] ? Inv($" ({lower:0.000}–{upper:0.000})") : string.Empty;
                var measured = relative ? Inv($" {b.MeasuredRatio:0.000} |") : string.Empty;
                md.AppendLine(Inv($"| {b.Creep} | `{b.FullName}` | {b.Ratio:0.000}{ci} |{measured} {ReportFormat.Median(b.AnchorMedianNs)} | {ReportFormat.Median(b.CurrentMedianNs)} |"));
            }
        }

        var steps = history.Benchmarks.SelectMany(b => b.ChangePoints.Select(s => (b.FullName, b.Runs, Step: s))).ToList();
        md.AppendLine();
        if (steps.Count == 0)
        {
            md.AppendLine("No change point in any benchmark's history (E-divisive, at least 5 runs a segment).");
        }
        else
        {
            md.AppendLine(relative ? "| Change point | Benchmark | Between commits | Step relative to the suite (measured medians) | p |" : "| Change point | Benchmark | Between commits | Step | p |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var (name, runs, step) in steps.OrderBy(s => s.Step.AfterDate, StringComparer.Ordinal).ThenBy(s => s.FullName, StringComparer.Ordinal))
            {
                md.AppendLine(Inv($"| run {step.Index + 1} of {runs} | `{name}` | {Between(step.BeforeSha, step.BeforeRunId, step.AfterSha, step.AfterRunId, step.AfterDate)} | ×{step.Ratio:0.000} ({ReportFormat.Median(step.MedianBeforeNs)} → {ReportFormat.Median(step.MedianAfterNs)}) | {step.PValue:0.###} |"));
            }
        }

        if (history.Suite is { ChangePoints.Count: > 0 } levels)
        {
            md.AppendLine();
            md.AppendLine("| Suite-wide step (the host, or a change that touched every benchmark) | Between commits | Step | p |");
            md.AppendLine("|---|---|---|---|");
            foreach (var step in levels.ChangePoints)
            {
                md.AppendLine(Inv($"| run {step.Index + 1} of {levels.Levels.Count} | {Between(step.BeforeSha, step.BeforeRunId, step.AfterSha, step.AfterRunId, step.AfterDate)} | ×{step.Ratio:0.000} | {step.PValue:0.###} |"));
            }
        }

        return md.ToString();
    }

    private static string Between(string? beforeSha, string? beforeRunId, string? afterSha, string? afterRunId, string? afterDate) =>
        $"`{Short(beforeSha, beforeRunId)}` → `{Short(afterSha, afterRunId)}` ({Day(afterDate)})";

    // The details carry ISO-8601 UTC dates; the table shows the day.
    private static string Day(string? iso) => iso is { Length: >= 10 } d ? d[..10] : iso ?? "-";

    private static string Short(string? sha, string? runId) => sha is { Length: > 0 } s ? s[..Math.Min(12, s.Length)] : runId ?? "-";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
