using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.Reports;

namespace FlyRigLoader.Gate.Tests.Pipeline;

/// <summary>The --baseline-comparison hook on a report built from the committed BenchmarkDotNet fixtures.</summary>
public sealed class ReportRegressionGateTests : IDisposable
{
    private readonly string _root = Synthetic.TempDir();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_fingerprint_calibration_provenance_and_sla_from_the_report()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());

        var (run, sla) = ReportRunReader.FromReport(report);

        Assert.Equal(report.Environment.Fingerprint, run.Fingerprint);
        Assert.Equal(1e9, run.CalibrationNs);
        Assert.Equal(report.RunId, run.Provenance.RunId);
        Assert.Equal(report.Summary.Succeeded, run.Benchmarks.Count);
        Assert.Equal(report.Summary.Failed, run.Failed.Count);
        Assert.NotEmpty(sla);
    }

    [Fact]
    public void Reports_no_baseline_then_no_regression_once_the_run_is_the_baseline()
    {
        var paths = new BuildPaths(_root);
        var report = ReportBuilder.Build(ReportSamples.Inputs(includeFailure: false));
        using var output = new StringWriter();

        var first = new ReportRegressionGate(new BuildOptions { AllowMissingBaseline = true }, paths).Compare(report, "r.json", output);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("NO_BASELINE", first.Analysis!.Status);

        var (run, _) = ReportRunReader.FromReport(report);
        var baseline = BaselineUpdater.Append(null, run with { DirtyTree = false }, 5, false).Updated!;
        BaselineStore.Write(Path.Combine(paths.Baselines, BaselineStore.FileName(run.EnvironmentName!, run.Fingerprint!, run.Job!.Key)), baseline);

        var second = new ReportRegressionGate(new BuildOptions(), paths).Compare(report, "r.json", output);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("NO_REGRESSION", second.Analysis!.Status);
        Assert.NotNull(second.Analysis.Details);
    }

    [Fact]
    public void A_missing_baseline_without_permission_exits_2()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs(includeFailure: false));
        using var output = new StringWriter();

        var outcome = new ReportRegressionGate(new BuildOptions(), new BuildPaths(_root)).Compare(report, "r.json", output);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("ERROR", outcome.Analysis!.Status);
        Assert.Contains("no baseline found", output.ToString(), StringComparison.Ordinal);
    }
}
