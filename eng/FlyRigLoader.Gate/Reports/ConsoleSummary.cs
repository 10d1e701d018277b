using System.Text;
using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Reports;

/// <summary>The seed's standard output block: environment, ✓/✗ per benchmark with SLA, statistical summary, report path.</summary>
internal static class ConsoleSummary
{
    /// <summary>Renders the block; <paramref name="plain"/> uses ASCII marks (CI logs).</summary>
    public static string Render(BenchmarkReport report, string reportPath, bool plain)
    {
        ArgumentNullException.ThrowIfNull(report);
        var ok = plain ? "[PASS]" : "✓";
        var bad = plain ? "[FAIL]" : "✗";
        var none = plain ? "[----]" : "·";
        var unsure = plain ? "[????]" : "?";
        var sb = new StringBuilder();
        sb.Append("FlyRigLoader Performance Benchmark Suite\n========================================\n\n");
        sb.Append(EnvironmentBlock(report.Environment));
        foreach (var category in report.BenchmarkResults)
        {
            sb.Append("\nExecuting Category: ").Append(category.Key).Append('\n');
            var width = Math.Min(80, category.Value.Keys.Max(k => k.Length));
            foreach (var e in category.Value.Values)
            {
                var status = ReportFormat.Status(e);
                var mark = status switch { "PASS" => ok, "NO_SLA" => none, "INCONCLUSIVE" => unsure, _ => bad };
                var time = e.Statistics is { } s ? ReportFormat.Time(s.Mean) : "no result";
                var tail = e.SlaValidation.Count > 0 ? $" ({ReportFormat.SlaText(e)})" : e.Success ? "" : $" ({e.Error})";
                var alloc = e.AllocatedBytesPerOp is { } a ? $" [alloc {ReportFormat.F(a / 1024 / 1024, "0.###")} MB/op]" : "";
                // The guide's per-category line shows the memory peak; allocation per operation is another quantity.
                var peak = e.ProcessMemory is { } m ? $" [memory peak {ReportFormat.F(m.PeakWorkingSetBytes / 1024 / 1024, "0.#")} MB]" : "";
                sb.Append("  ").Append(mark).Append(' ').Append(e.FullName.PadRight(width)).Append("  ").Append(time.PadLeft(12)).Append(tail).Append(alloc).Append(peak).Append(status is "FAIL" or "NO_DATA" or "INCONCLUSIVE" ? " " + status : "").Append('\n');
            }
        }

        var sm = report.Summary;
        sb.Append("\nStatistical Analysis:\n");
        var widest = report.AllEntries().Where(e => e.Statistics?.StudentT is not null).MaxBy(e => e.Statistics!.StudentT!.HalfWidth / Math.Max(e.Statistics.Mean, double.Epsilon));
        if (widest is not null)
        {
            var s = widest.Statistics!;
            sb.Append("  Widest relative ").Append(ReportFormat.F(s.StudentT!.Level * 100, "0.##")).Append("% CI: ").Append(widest.FullName).Append(' ').Append(ReportFormat.Time(s.Mean)).Append(" ± ").Append(ReportFormat.Time(s.StudentT!.HalfWidth))
                .Append(" (CV ").Append(ReportFormat.F(s.CoefficientOfVariation * 100, "0.0")).Append("%)\n");
        }

        foreach (var fit in report.ScalingFits())
        {
            sb.Append("  Scaling ").Append(fit.Family).Append(" by ").Append(fit.Parameter).Append(": ").Append(fit.Complexity).Append(" (R² ").Append(ReportFormat.F(fit.RSquared, "0.000")).Append(")\n");
        }

        sb.Append("  Benchmarks: ").Append(sm.Succeeded).Append('/').Append(sm.TotalBenchmarks).Append(" succeeded; SLAs: ").Append(sm.SlaPassed).Append(" passed, ").Append(sm.SlaFailed).Append(" failed, ")
            .Append(sm.SlaInconclusive > 0 ? sm.SlaInconclusive.ToString(System.Globalization.CultureInfo.InvariantCulture) + " inconclusive, " : "").Append(sm.SlaNoData).Append(" without data\n");
        if (report.BenchmarkSuite.MachineNote is { } note)
        {
            sb.Append("  Machine during the run: ").Append(note).Append('\n');
        }

        foreach (var line in ReportFormat.RemeasureLines(report))
        {
            sb.Append("  Re-measured under interference: ").Append(line).Append('\n');
        }

        sb.Append("  Performance regression: ").Append(report.RegressionAnalysis?.Status ?? "not compared (use --baseline-comparison)").Append('\n');
        if (NoVerdictSummary.Baseline(report) is { } baseline)
        {
            sb.Append("  Baseline: ").Append(baseline).Append('\n');
        }

        if (report.Job is { } job)
        {
            sb.Append("  Job: ").Append(job.Key).Append(" (profile ").Append(job.Profile).Append(", runtime ").Append(ReportFormat.Runtime(job)).Append(")\n");
            sb.Append("  Measured code: ").Append(ReportFormat.MeasuredCode(job)).Append('\n');
        }

        if (NoVerdictSummary.WithOutcome(report) is { } noVerdict)
        {
            sb.Append(sm.ExitCode == 0 ? "  warning: " : "  ").Append(noVerdict).Append('\n');
        }
        sb.Append("  Memory leak detection: ").Append(report.MemoryAnalysis.LeakDetection.Status).Append('\n');
        if (!report.Complete)
        {
            sb.Append("  RUN INCOMPLETE: ").Append(report.IncompleteReason).Append('\n');
        }

        sb.Append("\nBenchmark Results: ").Append(reportPath).Append('\n');
        sb.Append("Exit code: ").Append(sm.ExitCode).Append(" (").Append(ReportFormat.ExitMeaning(sm.ExitCode)).Append(")\n");
        return sb.ToString();
    }

    /// <summary>The environment block (also printed by <c>--environment-analysis</c>).</summary>
    public static string EnvironmentBlock(ReportEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var env = environment.Info;
        var sb = new StringBuilder("Environment Analysis:\n");
        sb.Append("  Platform: ").Append(env.Os.Description).Append(" / ").Append(env.Dotnet.Runtime).Append(" (SDK ").Append(env.Dotnet.Sdk ?? "?").Append(", BenchmarkDotNet ").Append(env.BenchmarkDotNetVersion).Append(")\n");
        sb.Append("  Kernel: ").Append(env.Os.Kernel ?? "n/a").Append(", ").Append(env.Os.Architecture).Append('\n');
        sb.Append("  CPU: ").Append(env.Cpu.Model).Append(", ").Append(env.Cpu.LogicalCores).Append(" logical / ").Append(env.Cpu.PhysicalCores?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(" physical cores\n");
        sb.Append("  Memory: ").Append(ReportFormat.F(env.Memory.TotalGb, "0.0")).Append(" GB total, ").Append(env.Memory.AvailableGb is { } a ? ReportFormat.F(a, "0.0") + " GB available" : "available unknown").Append('\n');
        sb.Append("  Storage: ").Append(env.StorageType).Append("; virtualization: ").Append(env.Virtualization.Platform).Append("; container: ").Append(env.Container.Kind).Append("; CI: ").Append(env.Ci.Provider).Append('\n');
        if (env.LoadAverage is { Count: 3 } l)
        {
            sb.Append("  Load average: ").Append(string.Join(", ", l.Select(v => ReportFormat.F(v, "0.00")))).Append('\n');
        }

        sb.Append("  Git: ").Append(env.Git.ShortSha).Append(" on ").Append(env.Git.Branch ?? "?").Append(env.Git.Dirty ? " (dirty)" : "").Append('\n');
        sb.Append("  Fingerprint: ").Append(environment.Fingerprint).Append(" (").Append(environment.FingerprintCanonical).Append(")\n");
        if (environment.Calibration is { } c)
        {
            sb.Append("  Calibration: cpu ").Append(ReportFormat.F(c.CpuMs, "0.0")).Append(" ms, memory ").Append(ReportFormat.F(c.MemoryMs, "0.0")).Append(" ms, io ").Append(ReportFormat.F(c.IoMs, "0.0"))
                .Append(" ms -> speed factor ").Append(ReportFormat.F(c.SpeedFactor, "0.000")).Append(" vs reference (normalized = raw x factor)\n");
        }
        else
        {
            sb.Append("  Calibration: not available\n");
        }

        var seed = environment.SeedNormalizationFactors;
        sb.Append("  Seed fixed factors (comparison only): cpu ").Append(ReportFormat.F(seed.CpuPerformance, "0.00")).Append(", memory ").Append(ReportFormat.F(seed.MemoryPerformance, "0.00"))
            .Append(", io ").Append(ReportFormat.F(seed.IoPerformance, "0.00")).Append(", overall ").Append(ReportFormat.F(seed.Overall, "0.00")).Append('\n');
        foreach (var line in SeedFactorExplanation.Lines(env.Cpu.LogicalCores, env.Virtualization.IsVirtualized, env.Os.Family, env.StorageType))
        {
            sb.Append("    ").Append(line).Append('\n');
        }

        return sb.ToString();
    }
}
