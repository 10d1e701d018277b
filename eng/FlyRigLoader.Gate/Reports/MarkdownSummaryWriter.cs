using System.Text;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Reports;

/// <summary>The Markdown summary (report artifact and GitHub step summary).</summary>
internal static class MarkdownSummaryWriter
{
    /// <summary>
    /// Renders the summary; <paramref name="artifacts"/> (paths relative to <c>artifacts/</c>) become the "Generated
    /// Artifacts" links, as in the suite guide's step summary.
    /// </summary>
    public static string Render(BenchmarkReport report, IReadOnlyList<string>? artifacts = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Summary;
        var sb = new StringBuilder();
        sb.Append("# FlyRigLoader Performance Benchmark Results\n\n");
        sb.Append("## Summary\n");
        sb.Append($"- **Run**: `{report.RunId}` ({(report.Complete ? "complete" : "INCOMPLETE: " + report.IncompleteReason)})\n");
        sb.Append($"- **Total Benchmarks**: {s.TotalBenchmarks} ({s.Failed} failed)\n");
        var pct = s.SlaChecked == 0 ? 100 : 100.0 * s.SlaPassed / s.SlaChecked;
        sb.Append($"- **SLA Compliance**: {ReportFormat.F(pct, "0.0")}% ({s.SlaPassed}/{s.SlaChecked})\n");
        sb.Append($"- **Regression Status**: {RegressionStatus(report.RegressionAnalysis)}\n");
        if (NoVerdictSummary.Baseline(report) is { } baseline)
        {
            sb.Append($"- **Baseline**: {baseline}\n");
        }

        if (NoVerdictSummary.WithOutcome(report) is { } noVerdict)
        {
            sb.Append($"- **No verdict**: {noVerdict}\n");
        }

        if (report.Job is { } job)
        {
            sb.Append($"- **Job**: `{job.Key}` (profile {job.Profile}, {job.Launches} launch(es); {job.BdnJob}; runtime {ReportFormat.Runtime(job)})\n");
            sb.Append($"- **Measured code**: {ReportFormat.MeasuredCode(job)}\n");
        }
        sb.Append($"- **Environment**: {report.Environment.Info.Os.Description}, {report.Environment.Info.Cpu.Model} ({report.Environment.Info.Cpu.LogicalCores} logical cores), fingerprint `{report.Environment.Fingerprint}`\n");
        if (report.Environment.Calibration is { } c)
        {
            sb.Append($"- **Calibration speed factor**: {ReportFormat.F(c.SpeedFactor, "0.000")} (seed fixed factor {ReportFormat.F(report.Environment.SeedNormalizationFactors.Overall, "0.000")})\n");
        }

        sb.Append($"- **Execution Duration**: {ReportFormat.F(report.BenchmarkSuite.ExecutionDurationSeconds / 60, "0.0")} minutes\n");
        sb.Append($"- **Launches**: {Launches(report)}\n");
        if (report.BenchmarkSuite.MachineNote is { } note)
        {
            sb.Append($"- **Machine during the run**: {note}\n");
        }

        sb.Append($"- **Exit code**: {s.ExitCode} ({ReportFormat.ExitMeaning(s.ExitCode)})\n\n");
        if (report.Remeasured is { Count: > 0 } remeasured)
        {
            sb.Append("## Re-measured under interference\n\nThese cases would have failed (or an unsettled run left their slowdown SUSPECTED) while the run showed interference; they were measured again in fresh launches before any verdict.\n\n| Benchmark | Outcome | Re-measure launches | Reason |\n|---|---|---|---|\n");
            foreach (var r in remeasured)
            {
                sb.Append($"| `{Cell(r.FullName)}` | {(r.Outcome == RemeasureRecord.Inconclusive ? "⚠️ " : "")}{r.Outcome} | {(r.Launches.Count == 0 ? "-" : string.Join(", ", r.Launches))} | {Cell(r.Reason)} |\n");
            }

            sb.Append('\n');
        }

        // The level the run's intervals were computed at (gate-config.json's report_confidence_level).
        var level = report.AllEntries().Select(e => e.Statistics?.StudentT?.Level).FirstOrDefault(l => l is not null) ?? SampleStatistics.Level;
        sb.Append($"## SLA Validation Results\n\n| Category | Benchmark | Status | Mean | {ReportFormat.F(level * 100, "0.##")}% CI | SLA | Margin | Launch spread |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var e in report.AllEntries())
        {
            var st = ReportFormat.Status(e);
            var icon = st switch { "PASS" => "✅", "NO_SLA" => "➖", "INCONCLUSIVE" => "❔", _ => "❌" };
            var mean = e.Statistics is { } x ? ReportFormat.Time(x.Mean) : "-";
            var ci = e.Statistics?.StudentT is { } t ? $"[{ReportFormat.Time(t.Lower)}, {ReportFormat.Time(t.Upper)}]" : "-";
            sb.Append($"| {e.Category} | `{Cell(e.FullName)}` | {icon} {st} | {mean} | {ci} | {ReportFormat.SlaText(e)} | {ReportFormat.MarginText(e)} | {ReportFormat.LaunchSpread(e)} |\n");
        }

        var leak = report.MemoryAnalysis.LeakDetection;
        sb.Append("\n## Memory Analysis\n");
        var memory = report.MemoryAnalysis;
        sb.Append($"- **Peak Memory Usage** (working set): {ReportFormat.Mb(memory.PeakWorkingSetMb)}{(memory.PeakWorkingSetBenchmark is { } during ? $" during `{during}`" : "")}\n");
        sb.Append($"- **Largest working-set growth**: {ReportFormat.Mb(memory.MaxWorkingSetGrowthMb)}; **peak managed heap**: {ReportFormat.Mb(memory.PeakManagedHeapMb)}\n");
        sb.Append($"- **Peak allocation per operation**: {(memory.PeakAllocatedBytesPerOp is { } p ? ReportFormat.F(p / 1024 / 1024, "0.###") + " MB" : "n/a")}\n");
        sb.Append($"- **Memory Leak Detection**: {leak.Status}{(leak.Rule is null ? "" : " (" + leak.Rule + ")")}\n");
        sb.Append(Trends(report.RegressionAnalysis));
        if (report.RegressionAnalysis?.Details?.History is { } history)
        {
            // Creep against the anchor and change points, as the regression check's own Markdown shows them.
            sb.Append('\n').Append(HistorySection.Render(history, "##"));
        }

        if (artifacts is { Count: > 0 })
        {
            sb.Append("\n## Generated Artifacts\n");
            foreach (var file in artifacts)
            {
                var link = file.Replace('\\', '/');
                sb.Append($"- [{Path.GetFileName(link)}]({link})\n");
            }
        }

        return sb.ToString();
    }

    private static string RegressionStatus(RegressionAnalysis? regression) => regression is null
        ? "not compared"
        : regression.GuideStatus is { } guide && guide != regression.Status ? $"{regression.Status} (guide: {guide})" : regression.Status;

    /// <summary>The guide's "Performance Trends": the suite's shift against the baseline and the verdict counts, when a comparison ran.</summary>
    internal static string Trends(RegressionAnalysis? regression)
    {
        var sb = new StringBuilder("\n## Performance Trends\n");
        if (regression?.Details is not { } details)
        {
            return sb.Append("- Not compared with a baseline (CheckRegression, or Benchmarks --baseline-comparison, judges the run)\n").ToString();
        }

        if (details.Drift?.SuiteShift is { } shift)
        {
            sb.Append($"- **Baseline Comparison**: {ReportFormat.F(shift * 100, "+0.0;-0.0;0.0")}% suite-wide (median ratio of every benchmark to its baseline)\n");
        }

        if (details.Baseline?.Path is { } baseline)
        {
            sb.Append($"- **Baseline**: `{Path.GetFileName(baseline)}`\n");
        }

        var counts = details.Summary.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value}").ToList();
        if (counts.Count > 0)
        {
            sb.Append($"- **Verdicts**: {string.Join(", ", counts)}\n");
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    // "3 fresh processes × 5 iterations each, pooled; launch spread = sd of the log launch medians".
    private static string Launches(BenchmarkReport report)
    {
        var ran = (report.BenchmarkSuite.Launches ?? []).Where(l => !l.Remeasure).ToList();
        var iterations = ran.Select(l => l.Iterations).Distinct().ToList();
        var each = iterations.Count == 1 ? $" × {iterations[0]} iterations each" : string.Empty;
        var cut = ran.Count > 0 && ran.Count < report.Launches ? $" ({ran.Count} ran)" : string.Empty;
        return $"{report.Launches} fresh process(es){each}{cut}, samples pooled; *Launch spread* = how far their medians disagree (sd of log medians)";
    }
}
