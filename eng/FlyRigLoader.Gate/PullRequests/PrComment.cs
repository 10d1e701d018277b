using System.Globalization;
using System.Text;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.PullRequests;

/// <summary>
/// The Markdown of the one sticky benchmark comment on a pull request: verdict, worst ratios with their intervals, SLA
/// failures, cases without a verdict and SUSPECTED ones, and links to the HTML report. Pure.
/// </summary>
internal static class PrComment
{
    /// <summary>The hidden first line the posting workflow finds its own comment by, to edit it instead of adding one.</summary>
    public const string Marker = "<!-- flyrigloader-benchmark-comment -->";

    /// <summary>GitHub refuses comments over 65,536 characters; the comment stays well below.</summary>
    public const int MaxLength = 60_000;

    /// <summary>Rows per table; the rest is counted and left to the HTML report.</summary>
    public const int MaxRows = 15;

    private const int MaxCell = 240;

    /// <summary>Renders the comment.</summary>
    public static string Render(PrCommentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var report = input.Report;
        var verdict = PrVerdicts.Decide(input);
        var md = new StringBuilder();
        md.Append(Marker).Append('\n');
        md.Append(Inv($"### {verdict.Icon} Benchmarks: {verdict.Title}\n\n"));
        md.Append(Inv($"Run `{report.RunId}` of commit `{Short(report.BenchmarkSuite.GitSha)}`, profile `{report.BenchmarkSuite.Profile}`, {report.Summary.TotalBenchmarks} benchmarks, runner fingerprint `{report.Environment.Fingerprint}` ({Cell(report.Environment.Info.Cpu.Model)})."));
        md.Append(Links(input)).Append("\n\n");
        if (verdict.Explanation is { } explanation)
        {
            md.Append(explanation).Append("\n\n");
        }

        md.Append(Counts(input)).Append('\n');
        if (input.Analysis is { Resolution: { } resolution } judged)
        {
            // A pass says nothing about slowdowns below what the run could call; the reviewer should see how far that is.
            md.Append("- ").Append(Cell(resolution.Describe(judged.Baseline?.Method == Regression.BaselineUse.SideBySide))).Append('\n');
        }

        if (input.Baseline is { } baseline)
        {
            md.Append(BaselineLine(baseline)).Append('\n');
        }

        md.Append('\n');
        if (input.Analysis is { } analysis)
        {
            var rows = analysis.Benchmarks;
            Table(md, "Regressions", "| Benchmark | Time | Ratio (95% CI) | Allocation | Why |", rows.Where(PrVerdicts.IsRegression).ToList(),
                r => $"| {Name(r.FullName)} | {r.Verdict} | {Ratio(r)} | {Allocation(r)} | {Cell(r.Reason)} |");
            SlaTable(md, report);
            Table(md, "No verdict (INCONCLUSIVE / INCOMPARABLE)", "| Benchmark | Time | Allocation | Why |", rows.Where(PrVerdicts.IsNoVerdict).ToList(),
                r => $"| {Name(r.FullName)} | {r.Verdict} | {r.AllocationVerdict} | {Cell(r.Reason)} |");
            Table(md, "SUSPECTED", "| Benchmark | Ratio (95% CI) | Why |", rows.Where(r => r.Verdict == PrVerdicts.Suspected).ToList(),
                r => $"| {Name(r.FullName)} | {Ratio(r)} | {Cell(r.Reason)} |");
            Table(md, "Worst ratios", "| Benchmark | Verdict | Ratio (95% CI) | Baseline → current median |",
                rows.Where(r => r.Ratio is not null).OrderByDescending(r => r.Ratio).Take(5).ToList(),
                r => $"| {Name(r.FullName)} | {r.Verdict} | {Ratio(r)} | {Time(r.BaselineMedianNs)} → {Time(r.CurrentMedianNs)} |");
            var notes = analysis.Notes.Concat(analysis.Drift is { } d && (d.Normalized || d.CappedAtSuspected) && d.Note is not null ? [d.Note] : []).ToList();
            if (notes.Count > 0)
            {
                md.Append("**Notes**\n\n");
                foreach (var note in notes.Take(MaxRows))
                {
                    md.Append("- ").Append(Cell(note)).Append('\n');
                }

                md.Append('\n');
            }
        }
        else
        {
            SlaTable(md, report);
        }

        md.Append(Inv($"<sub>Posted by the benchmark workflow and edited in place on every run of this pull request; the full comparison, charts and trends are in the HTML report.</sub>\n"));
        return Cap(md.ToString());
    }

    private static string Links(PrCommentInput input)
    {
        var links = new List<string>();
        if (input.ArtifactUrl is { } artifact)
        {
            links.Add($"[HTML report (artifact)](<{artifact.AbsoluteUri}>)");
        }

        if (input.RunUrl is { } run)
        {
            links.Add($"[workflow run](<{run.AbsoluteUri}>)");
        }

        return links.Count == 0 ? string.Empty : " " + string.Join(" · ", links);
    }

    private static string Counts(PrCommentInput input)
    {
        var s = input.Report.Summary;
        var sla = PrVerdicts.SlaProblems(input.Report);
        var slaText = Inv($"SLA: {s.SlaPassed}/{s.SlaChecked} pass{(sla.Count > 0 ? ", " + string.Join(", ", sla.GroupBy(v => Status(v.Status)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Inv($"{g.Count()} {g.Key}"))) : string.Empty)}");
        if (input.Analysis is not { } analysis)
        {
            return "- " + slaText;
        }

        var time = analysis.Benchmarks.GroupBy(r => r.Verdict ?? "?").OrderByDescending(g => PrVerdicts.Severity(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => Inv($"{g.Count()} {g.Key}"));
        var allocations = analysis.Benchmarks.Count(r => r.AllocationVerdict == PrVerdicts.Regression);
        return Inv($"- Time: {string.Join(", ", time)}\n- Allocation: {allocations} {PrVerdicts.Regression}\n- {slaText}");
    }

    private static string BaselineLine(JudgedBaseline b) => b.Path is null
        ? "- Baseline: none found for this runner"
        : Inv($"- Baseline: `{Path.GetFileName(b.Path)}`{(b.Runs is { } n ? Inv($", {n} run(s)") : string.Empty)}{(b.AgeDays is { } age ? Inv($", newest {age:0.#} days old") : string.Empty)}{(b.Stale == true ? " (STALE)" : string.Empty)}{(b.FingerprintMatches == false ? $"; its fingerprint `{b.Fingerprint}` is not this runner's" : string.Empty)}");

    private static void SlaTable(StringBuilder md, BenchmarkReport report) =>
        Table(md, "SLA failures", "| SLA | Benchmark | Status | Observed | Limit |", PrVerdicts.SlaProblems(report),
            v => Inv($"| {v.SlaId} | {Name(v.FullName)} | {Status(v.Status)} | {(v.Observed is { } o ? Inv($"{o:G4} {v.Unit}") : "-")} | {(v.Limit is { } l ? Inv($"{l:G4} {v.Unit}") : "-")} |"));

    private static void Table<T>(StringBuilder md, string title, string header, IReadOnlyList<T> rows, Func<T, string> row)
    {
        if (rows.Count == 0)
        {
            return;
        }

        md.Append(Inv($"**{title}** ({rows.Count})\n\n"));
        md.Append(header).Append('\n');
        md.Append(string.Concat(Enumerable.Repeat("|---", header.Count(c => c == '|') - 1))).Append("|\n");
        foreach (var r in rows.Take(MaxRows))
        {
            md.Append(row(r)).Append('\n');
        }

        if (rows.Count > MaxRows)
        {
            md.Append(Inv($"\n…and {rows.Count - MaxRows} more in the HTML report.\n"));
        }

        md.Append('\n');
    }

    private static string Status(SlaStatus status) => status switch
    {
        SlaStatus.Pass => "PASS",
        SlaStatus.Fail => "FAIL",
        SlaStatus.NoData => "NO_DATA",
        SlaStatus.Inconclusive => "INCONCLUSIVE",
        _ => status.ToString(),
    };

    private static string Ratio(BenchmarkVerdictDetails r) => r.Ratio is not { } ratio ? "-"
        : r.RatioCi is [var lo, var hi] ? Inv($"{ratio:0.000} ({lo:0.000}–{hi:0.000})") : Inv($"{ratio:0.000}");

    private static string Allocation(BenchmarkVerdictDetails r) =>
        r.AllocationVerdict == PrVerdicts.Regression && r.CurrentAllocatedBytes is { } now && r.BaselineAllocatedBytes is { } before
            ? Inv($"REGRESSION ({before:0} → {now:0} B/op)")
            : r.AllocationVerdict ?? "-";

    private static string Time(double? ns) => ns is { } v ? ReportFormat.Time(v) : "-";

    private static string Short(string? sha) => sha is null ? "unknown" : sha[..Math.Min(7, sha.Length)];

    // Benchmark names carry quotes, colons and parentheses; inside a code span only a backtick or a pipe could break the table.
    private static string Name(string? name) => "`" + (name ?? "?").Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal) + "`";

    private static string Cell(string? text)
    {
        var flat = (text ?? "-").Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Length <= MaxCell ? flat : flat[..(MaxCell - 1)] + "…";
    }

    private static string Cap(string text) => text.Length <= MaxLength
        ? text
        : text[..(MaxLength - 200)] + "\n\n…(cut to fit a GitHub comment; the HTML report has everything)\n";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
