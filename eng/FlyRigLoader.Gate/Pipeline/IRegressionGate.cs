using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// The hook through which <c>--baseline-comparison</c> runs the regression gate on the fresh report. Implemented by the
/// regression target family; the Benchmarks target passes its implementation to <see cref="BenchmarkRun"/>.
/// </summary>
public interface IRegressionGate
{
    /// <summary>Compares <paramref name="report"/> (already written to <paramref name="reportPath"/>) with the baseline.</summary>
    /// <returns>Exit code (0 none, 1 regression, 2 invalid input, 3 no verdict) and the analysis to store in the report.</returns>
    RegressionOutcome Compare(BenchmarkReport report, string reportPath, TextWriter output);

    /// <summary>
    /// The verdicts as measured, printed nowhere and without <c>--confirm</c>: which cases would fail, so the pipeline can
    /// look for interference behind them before <see cref="Compare"/> decides.
    /// </summary>
    RegressionOutcome FirstLook(BenchmarkReport report, string reportPath) => Compare(report, reportPath, TextWriter.Null);
}
