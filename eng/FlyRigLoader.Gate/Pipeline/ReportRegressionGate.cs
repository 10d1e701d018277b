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
        return new RegressionOutcome(code, ForReport(report.RunId, analysis, options, paths));
    }

    /// <summary>
    /// The verdict as a report stores it (status, guide names, every benchmark's verdict), from the gate's analysis of run
    /// <paramref name="runId"/>; status ERROR when the gate could not analyse it.
    /// </summary>
    public static Reports.RegressionAnalysis ForReport(string runId, Regression.RegressionAnalysis? analysis, BuildOptions options, BuildPaths paths)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        var status = analysis is null ? "ERROR" : RegressionReport.RunStatus(analysis);
        var details = analysis is null ? null : RegressionReport.Details(runId, analysis, GateConfigLoader.Load(RegressionGate.ConfigPath(paths)), [], [], options.AcceptNoVerdict);
        // The file that was compared against, so the page's charts read that one and not whatever the folder holds later.
        var baseline = analysis?.Baseline is { Method: not BaselineUse.None, Path: { } used } && File.Exists(used) ? used : options.Baseline ?? paths.Baselines;
        return new Reports.RegressionAnalysis(status, analysis?.HasRegression ?? false, baseline, details);
    }
}
