using FlyRigLoader.Gate.Interference;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// The Benchmarks pipeline's <c>--baseline-comparison</c> hook: judges the fresh report with <see cref="RegressionGate"/>
/// and hands back the verdict to store in the report. A time REGRESSION of a case measured under interference that the
/// run did not clear is INCONCLUSIVE (the report's <c>remeasured</c> records and launch loads say which).
/// </summary>
/// <param name="options">Build options (baseline, threshold, confirm, CI mode).</param>
/// <param name="paths">Repository paths.</param>
/// <param name="savedReport">The report is judged after its run (CheckRegression): it cannot be measured again.</param>
public sealed class ReportRegressionGate(BuildOptions options, BuildPaths paths, bool savedReport = false) : IRegressionGate
{
    // Read when first needed (an unreadable file fails the comparison, not the construction) and then once: the
    // interference review and the verdict stored in the report use the same thresholds.
    private readonly Lazy<GateConfig> _config = new(() => GateConfigLoader.Load(RegressionGate.ConfigPath(paths)));

    /// <inheritdoc/>
    public RegressionOutcome Compare(BenchmarkReport report, string reportPath, TextWriter output) =>
        Judge(report, options, InconclusiveCases(report), output);

    /// <inheritdoc/>
    public RegressionOutcome FirstLook(BenchmarkReport report, string reportPath) =>
        Judge(report, options with { Confirm = false, CiMode = false, StepSummaryPath = null }, null, TextWriter.Null);

    /// <summary>The cases of <paramref name="report"/> whose failing time verdicts are INCONCLUSIVE, with the reason.</summary>
    internal IReadOnlyDictionary<string, string> InconclusiveCases(BenchmarkReport report) =>
        InterferenceReview.Inconclusive(report, _config.Value.Interference, savedReport
            ? "CheckRegression on a saved report cannot measure it again (run Benchmarks --baseline-comparison to re-measure)"
            : "it was not measured again because it did not fail the first look");

    private RegressionOutcome Judge(BenchmarkReport report, BuildOptions with, IReadOnlyDictionary<string, string>? inconclusive, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var (run, sla) = ReportRunReader.FromReport(report);
        using var error = new StringWriter();
        var (code, analysis, _) = RegressionGate.Compare(run, sla, with, paths, output, error, inconclusive);
        output.Write(error.ToString());
        return new RegressionOutcome(code, ForReport(report.RunId, analysis, code));
    }

    /// <summary>
    /// The verdict as a report stores it (status, guide names, every benchmark's verdict), from the gate's analysis of run
    /// <paramref name="runId"/> and its exit <paramref name="code"/> (3 is NO_VERDICT); status ERROR when the gate could not analyse it.
    /// </summary>
    internal Reports.RegressionAnalysis ForReport(string runId, Regression.RegressionAnalysis? analysis, int? code = null)
    {
        var status = analysis is null ? "ERROR" : RegressionReport.RunStatus(analysis, code);
        var details = analysis is null ? null : RegressionReport.Details(runId, analysis, _config.Value, [], [], options.AcceptNoVerdict);
        // The file that was compared against, so the page's charts read that one and not whatever the folder holds later.
        var baseline = analysis?.Baseline is { Method: not BaselineUse.None, Path: { } used } && File.Exists(used) ? used : options.Baseline ?? paths.Baselines;
        return new Reports.RegressionAnalysis(status, analysis?.HasRegression ?? false, baseline, details);
    }
}
