using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Reports;

/// <summary>The seed's <c>github-actions-summary.json</c> content.</summary>
internal static class GithubSummary
{
    /// <summary>
    /// Renders the JSON from the report and the workflow variables; <paramref name="written"/> (paths relative to
    /// <c>artifacts/</c>) fills the guide's <c>artifacts.memory_profiles</c> and <c>artifacts.statistical_analysis</c>
    /// with the files the run wrote there (empty lists when it wrote none).
    /// </summary>
    public static string Render(BenchmarkReport report, string reportFile, Func<string, string?> env, IReadOnlyList<string>? written = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(env);
        var s = report.Summary;
        return ReportJson.Serialize(new
        {
            schema_version = 1,
            run_id = report.RunId,
            workflow_run = new { id = env("GITHUB_RUN_ID"), number = env("GITHUB_RUN_NUMBER"), sha = env("GITHUB_SHA") ?? report.BenchmarkSuite.GitSha, @ref = env("GITHUB_REF"), actor = env("GITHUB_ACTOR"), event_name = env("GITHUB_EVENT_NAME") },
            performance_summary = new
            {
                total_benchmarks = s.TotalBenchmarks,
                failed_benchmarks = s.Failed,
                complete = report.Complete,
                sla_compliance = new { passed = s.SlaPassed, total = s.SlaChecked, percentage = s.SlaChecked == 0 ? 100.0 : 100.0 * s.SlaPassed / s.SlaChecked },
                regression_detected = report.RegressionAnalysis?.RegressionDetected ?? false,
                regression_status = report.RegressionAnalysis?.Status,
                no_verdict = NoVerdictSummary.Line(report),
                job_key = report.Job?.Key,
                leak_detection = report.MemoryAnalysis.LeakDetection.Status,
                execution_duration_minutes = report.BenchmarkSuite.ExecutionDurationSeconds / 60,
                exit_code = s.ExitCode,
                sla_inconclusive = s.SlaInconclusive,
                machine = report.BenchmarkSuite.MachineNote,
                remeasured = (report.Remeasured ?? []).Select(r => new { full_name = r.FullName, outcome = r.Outcome, reason = r.Reason }),
            },
            artifacts = new
            {
                benchmark_report = reportFile,
                memory_profiles = Under(written, "memory-profiles"),
                statistical_analysis = Under(written, "statistical-analysis"),
            },
        });
    }

    private static List<string> Under(IReadOnlyList<string>? written, string folder) =>
        [.. (written ?? []).Select(f => f.Replace('\\', '/')).Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
