// Benchmarks target family: environment detection → one BenchmarkDotNet run → statistics/SLA → reports.
// Every decision lives in FlyRigLoader.Gate.Pipeline.BenchmarkRun; each task calls one step and maps its exit code.
using FlyRigLoader.Gate.Pipeline;

// Set by build/regression.cake to the regression gate; --baseline-comparison without one exits 2.
IRegressionGate? benchmarkRegressionGate = null;
BenchmarkRun? benchmarkRunState = null;
BenchmarkRun BenchmarkRunState() => benchmarkRunState ??= new BenchmarkRun(options, paths, Console.Out, benchmarkRegressionGate);

Task("Benchmarks-Environment")
    .Description("Detect OS, CPU, memory, virtualization, CI, toolchain and git; fingerprint and calibrate (--environment-analysis stops here).")
    .Does(() => ExitWith(BenchmarkRunState().DetectEnvironment(), "Environment detection"));

Task("__Benchmarks-Execute")
    .IsDependentOn("Benchmarks-Environment")
    .WithCriteria(() => !options.EnvironmentAnalysis, "--environment-analysis: environment only")
    .Does(() => ExitWith(BenchmarkRunState().Execute(), "Benchmark execution"));

Task("__Benchmarks-Analyze")
    .IsDependentOn("__Benchmarks-Execute")
    .WithCriteria(() => !options.EnvironmentAnalysis, "--environment-analysis: environment only")
    .Does(() => ExitWith(BenchmarkRunState().Analyze(), "SLA registry"));

// A run that measured fine but failed an SLA or the regression gate (exit 1) still has complete reports, and CI needs
// them packed and retention applied most of all then; so that verdict waits for the lifecycle step. Exit 2 stops at once.
int benchmarkVerdict = 0;

Task("__Benchmarks-Report")
    .IsDependentOn("__Benchmarks-Analyze")
    .WithCriteria(() => !options.EnvironmentAnalysis, "--environment-analysis: environment only")
    .Does(() =>
    {
        benchmarkVerdict = BenchmarkRunState().Report();
        if (benchmarkVerdict != 1) ExitWith(benchmarkVerdict, "Benchmarks");
    });

Task("Benchmarks")
    .Description("Run the benchmark suite with statistics, SLA validation and reports (see --category, --smoke-test, --timeout, ...).")
    .IsDependentOn("__Benchmarks-Report")
    .Does(() => ExitWith(benchmarkVerdict, "Benchmarks"));
