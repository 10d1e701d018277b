// Benchmarks target family: environment detection → one BenchmarkDotNet run → statistics/SLA → reports.
// Every decision lives in FlyRigLoader.Gate.Pipeline.BenchmarkRun (BuildData.BenchmarkRun); each task calls one step and maps its exit code.
using FlyRigLoader.Gate.Contracts;

Task("Benchmarks-Environment")
    .Description("Detect OS, CPU, memory, virtualization, CI, toolchain and git; fingerprint and calibrate (--environment-analysis stops here).")
    .Does<BuildData>(data => data.ExitWith(data.BenchmarkRun.DetectEnvironment(), "Environment detection"));

Task("__Benchmarks-Execute")
    .IsDependentOn("Benchmarks-Environment")
    .WithCriteria<BuildData>((ctx, data) => !data.Options.EnvironmentAnalysis, "--environment-analysis: environment only")
    .Does<BuildData>(data => data.ExitWith(data.BenchmarkRun.Execute(), "Benchmark execution"));

Task("__Benchmarks-Analyze")
    .IsDependentOn("__Benchmarks-Execute")
    .WithCriteria<BuildData>((ctx, data) => !data.Options.EnvironmentAnalysis, "--environment-analysis: environment only")
    .Does<BuildData>(data => data.ExitWith(data.BenchmarkRun.Analyze(), "SLA registry"));

// A run that measured fine but failed an SLA or the regression gate (exit 1), or reached no verdict (exit 3), still has
// complete reports, and CI needs them packed and retention applied most of all then; so that verdict waits for the
// lifecycle step. Exit 2 stops at once.
Task("__Benchmarks-Report")
    .IsDependentOn("__Benchmarks-Analyze")
    .WithCriteria<BuildData>((ctx, data) => !data.Options.EnvironmentAnalysis, "--environment-analysis: environment only")
    .Does<BuildData>(data =>
    {
        data.BenchmarkVerdict = data.BenchmarkRun.Report();
        if (data.BenchmarkVerdict is not (ExitCodes.GateFailed or ExitCodes.NoVerdict)) data.ExitWith(data.BenchmarkVerdict, "Benchmarks");
    });

Task("Benchmarks")
    .Description("Run the benchmark suite with statistics, SLA validation and reports (see --category, --smoke-test, --timeout, ...).")
    .IsDependentOn("__Benchmarks-Report")
    .Does<BuildData>(data => data.ExitWith(data.BenchmarkVerdict, "Benchmarks"));
