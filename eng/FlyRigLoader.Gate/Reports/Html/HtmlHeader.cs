using System.Globalization;
using System.Text;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Reports.Charts;
using static FlyRigLoader.Gate.Reports.Html.HtmlText;

namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>The top of the page: the verdict at a glance, then run, environment, git and baseline facts.</summary>
internal static class HtmlHeader
{
    /// <summary>Overall verdict word of the run's exit code.</summary>
    public static string Overall(int exitCode) => exitCode switch
    {
        ExitCodes.Ok => "PASSED",
        ExitCodes.GateFailed => "FAILED",
        ExitCodes.NoVerdict => "NO VERDICT",
        _ => "ERROR",
    };

    /// <summary>Days between the baseline's newest run and this run, or null without a baseline.</summary>
    public static double? BaselineAgeDays(ChartInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Baseline?.LatestRunDate is { } latest
            && DateTimeOffset.TryParse(inputs.Report.BenchmarkSuite.ExecutionTimestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now)
            ? Math.Max(0, (now - latest).TotalDays)
            : null;
    }

    /// <summary>Renders the header.</summary>
    public static string Render(HtmlReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var report = model.Report;
        var summary = report.Summary;
        var rows = ComparisonRows.From(report.RegressionAnalysis);
        var sb = new StringBuilder();
        sb.Append("<header id=\"summary\">\n<h1>FlyRigLoader benchmark report</h1>\n");
        sb.Append(Inv($"<p class=\"meta\">Run <code>{H(report.RunId)}</code> · profile {H(report.BenchmarkSuite.Profile)} · started {H(report.BenchmarkSuite.ExecutionTimestamp)} · {report.BenchmarkSuite.ExecutionDurationSeconds:0} s</p>\n"));
        var overall = Overall(summary.ExitCode);
        sb.Append("<div class=\"verdict\">\n");
        Card(sb, "overall " + (summary.ExitCode switch { ExitCodes.Ok => "good", ExitCodes.NoVerdict => "warn", _ => "bad" }), "Verdict", Inv($"{overall} (exit {summary.ExitCode})"));
        var slaRate = summary.SlaChecked == 0 ? "no SLA" : Inv($"{summary.SlaPassed}/{summary.SlaChecked} ({100.0 * summary.SlaPassed / summary.SlaChecked:0}%){(summary.SlaInconclusive > 0 ? $", {summary.SlaInconclusive} inconclusive" : "")}");
        var slaCss = summary.SlaChecked == 0 ? "warn" : summary.SlaPassed == summary.SlaChecked ? "good" : summary.SlaPassed + summary.SlaInconclusive == summary.SlaChecked ? "warn" : "bad";
        Card(sb, slaCss, "SLA pass rate", slaRate);
        Card(sb, summary.Failed == 0 ? "good" : "bad", "Benchmarks", Inv($"{summary.Succeeded}/{summary.TotalBenchmarks} ran"));
        if (model.Inputs.HasComparison)
        {
            var regressions = rows.Count(r => r.Verdict == "REGRESSION");
            var suspected = rows.Count(r => r.Verdict == "SUSPECTED");
            var inconclusive = rows.Count(r => r.Verdict == "INCONCLUSIVE");
            var allocations = rows.Count(r => r.AllocationVerdict == "REGRESSION");
            var doubts = string.Join(", ", new[] { (suspected, "suspected"), (inconclusive, "inconclusive") }.Where(d => d.Item1 > 0).Select(d => Inv($"+{d.Item1} {d.Item2}")));
            Card(sb, regressions > 0 ? "bad" : suspected + inconclusive > 0 ? "warn" : "good", "Regressions", Inv($"{regressions}{(doubts.Length > 0 ? " (" + doubts + ")" : "")}"));
            Card(sb, allocations > 0 ? "bad" : "good", "Allocation regressions", Inv($"{allocations}"));
            var undecided = report.RegressionAnalysis?.Details?.Benchmarks.Count(r => r is not null && NoVerdictSummary.IsNoVerdict(r)) ?? 0;
            if (undecided > 0)
            {
                Card(sb, "warn", "No verdict", Inv($"{undecided} (INCOMPARABLE/INCONCLUSIVE)"));
            }
        }
        else
        {
            Card(sb, "neutral", "Regressions", report.RegressionAnalysis is null ? "not compared" : H(report.RegressionAnalysis.Status));
        }

        var leak = report.MemoryAnalysis.LeakDetection.Status;
        Card(sb, Css(leak), "Leak check", H(leak.Replace('_', ' ').ToLowerInvariant()));
        sb.Append("</div>\n");

        if (!report.Complete)
        {
            sb.Append("<p class=\"banner bad\"><strong>Incomplete run:</strong> ").Append(H(report.IncompleteReason)).Append("</p>\n");
        }

        if (NoVerdictSummary.WithOutcome(report) is { } noVerdict)
        {
            sb.Append("<p class=\"banner warn\"><strong>No verdict:</strong> ").Append(H(noVerdict["no verdict: ".Length..])).Append("</p>\n");
        }

        if (report.Remeasured is { Count: > 0 } remeasured)
        {
            sb.Append("<div class=\"banner ").Append(remeasured.Any(r => r.Outcome == RemeasureRecord.Inconclusive) ? "warn" : "neutral")
                .Append("\" id=\"remeasured\"><strong>Re-measured under interference:</strong> these cases would have failed (or an unsettled run left their slowdown SUSPECTED) while the run showed interference, so they were measured again in fresh launches before any verdict.<ul>\n");
            foreach (var r in remeasured)
            {
                sb.Append("<li><code>").Append(H(r.FullName)).Append("</code>: <span class=\"").Append(Css(r.Outcome)).Append("\">").Append(H(r.Outcome)).Append("</span> — ").Append(H(r.Reason)).Append("</li>\n");
            }

            sb.Append("</ul></div>\n");
        }

        if (model.ChartError is not null)
        {
            sb.Append("<p class=\"banner bad\"><strong>Charts were not rendered:</strong> ").Append(H(model.ChartError)).Append(" The tables below are complete; the run fails (exit 2).</p>\n");
        }

        var env = report.Environment.Info;
        var suite = report.BenchmarkSuite;
        sb.Append("<p class=\"meta\">Environment: ").Append(H(Inv($"{env.Os.Description} · {env.Cpu.Model} · {env.Cpu.LogicalCores} logical cores · {env.Dotnet.Runtime} · BenchmarkDotNet {env.BenchmarkDotNetVersion}")))
            .Append(" · fingerprint <code>").Append(H(report.Environment.Fingerprint)).Append("</code></p>\n");
        sb.Append("<p class=\"meta\">Git: <code>").Append(H(suite.GitSha ?? "unknown")).Append("</code>").Append(suite.GitBranch is { } b ? " on " + H(b) : "")
            .Append(suite.GitDirty ? " <span class=\"warn\">(uncommitted changes)</span>" : "").Append("</p>\n");
        sb.Append("<p class=\"meta\">Baseline: ").Append(BaselineText(model.Inputs)).Append("</p>\n");
        if (report.RegressionAnalysis?.Details is { Resolution: { } resolution } details)
        {
            sb.Append("<p class=\"meta\" id=\"resolution\">").Append(H(resolution.Describe(details.Baseline?.Method == Regression.BaselineUse.SideBySide))).Append("</p>\n");
        }

        if (suite.MachineNote is { } note)
        {
            sb.Append("<p class=\"meta\" id=\"machine\">Machine during the run: ").Append(H(note)).Append("</p>\n");
        }
        sb.Append("</header>\n");
        return sb.ToString();
    }

    private static string BaselineText(ChartInputs inputs)
    {
        var regression = inputs.Report.RegressionAnalysis;
        if (regression is null)
        {
            return "not compared (run with <code>--baseline-comparison</code>)";
        }

        if (inputs.Baseline is not { } baseline)
        {
            return "none available (" + H(regression.Status) + ")";
        }

        var age = BaselineAgeDays(inputs) is { } days ? Inv($"{days:0.#} days old") : "age unknown";
        var used = regression.Details?.Baseline;
        var match = used is { Comparable: false, IncomparableReason: { } reason }
            ? "<span class=\"warn\">INCOMPARABLE: " + H(reason) + (used.Method == "side-by-side" ? "; judged by interleaved A/B against its commit instead" : "; no verdict from it") + "</span>"
            : inputs.BaselineIncomparableReason is { } differs ? "<span class=\"warn\">not comparable with this run: " + H(differs) + "</span>"
            : baseline.Fingerprint == inputs.Report.Environment.Fingerprint
            ? "same fingerprint" + (baseline.Job is { } job ? " and job <code>" + H(job.Key) + "</code>" : "")
            : "<span class=\"warn\">fingerprint " + H(baseline.Fingerprint) + " differs from this machine's</span>";
        return Inv($"<code>{H(Path.GetFileName(inputs.BaselinePath))}</code>, {baseline.Runs.Count} run(s), newest {baseline.LatestRunDate:yyyy-MM-dd HH:mm} UTC, {age}, {match}");
    }

    private static void Card(StringBuilder sb, string css, string label, string value) =>
        sb.Append("<div class=\"card ").Append(css).Append("\"><div class=\"label\">").Append(H(label)).Append("</div><div class=\"value\">").Append(value).Append("</div></div>\n");
}
