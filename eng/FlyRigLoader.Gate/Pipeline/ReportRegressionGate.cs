using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// The Benchmarks pipeline's <c>--baseline-comparison</c> hook: judges the fresh report with <see cref="RegressionGate"/>
/// and hands back the verdict to store in the report.
/// </summary>
/// <param name="options">Build options (baseline, threshold, confirm, CI mode).</param>
/// <param name="paths">Repository paths.</param>
public sealed class ReportRegressionGate(BuildOptions options, BuildPaths paths) : IRegressionGate
{
    /// <inheritdoc/>
    public RegressionOutcome Compare(BenchmarkReport report, string reportPath, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var (run, sla) = ReportRunReader.FromReport(report);
        using var error = new StringWriter();
        var (code, analysis) = RegressionGate.Compare(run, sla, options, paths, output, error);
        output.Write(error.ToString());
        var status = analysis is null ? "ERROR"
            : analysis.Comparisons.All(c => c.Verdict == TimeVerdict.New) ? "NO_BASELINE"
            : analysis.HasRegression ? "REGRESSION_DETECTED"
            : analysis.HasNoVerdict ? "NO_VERDICT" : "NO_REGRESSION";
        var details = analysis is null ? null : RegressionReport.Details(report.RunId, analysis, GateConfigLoader.Load(RegressionGate.ConfigPath(paths)), [], [], options.AcceptNoVerdict);
        // The file that was compared against, so the page's charts read that one and not whatever the folder holds later.
        var baseline = analysis?.Baseline is { Method: not BaselineUse.None, Path: { } used } && File.Exists(used) ? used : options.Baseline ?? paths.Baselines;
        return new RegressionOutcome(code, new Reports.RegressionAnalysis(status, analysis?.HasRegression ?? false, baseline, details));
    }
}
