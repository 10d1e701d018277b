using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FlyRigLoader.Benchmarks.HostProbe;
using FlyRigLoader.Benchmarks.ProcessMemory;
using FlyRigLoader.Benchmarks.ThreadTime;
using Perfolizer.Horology;
using Perfolizer.Mathematics.OutlierDetection;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>
/// The one place where the suite's BenchmarkDotNet job and config are decided. Every knob carries the reason it is set;
/// change a knob here, never in a benchmark class, so every benchmark in a run is measured the same way.
/// </summary>
public static class BenchmarkConfigFactory
{
    /// <summary>Measured iterations per benchmark in the default and large profiles.</summary>
    public const int DefaultIterations = 15;

    /// <summary>Measured iterations per benchmark in the smoke profile.</summary>
    public const int SmokeIterations = 5;

    /// <summary>
    /// The job that <paramref name="profile"/> runs every benchmark with; <paramref name="launchIterations"/> replaces the
    /// profile's iteration count when the gate runs this process as one of several launches.
    /// </summary>
    public static Job CreateJob(BenchmarkProfile profile, int? launchIterations = null)
    {
        if (launchIterations is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(launchIterations), launchIterations, "must be at least 1");
        }

        var smoke = profile == BenchmarkProfile.Smoke;
        return Job.Default
            .WithId(smoke ? "smoke" : "default")
            // In-process: the 6-minute budget on 2 shared cores cannot pay a generated-project build (~40 s) plus one
            // process start, JIT and data load per benchmark case (~45 cases); isolation comes instead from a forced
            // full GC before every iteration (BDN's default) and every GlobalCleanup dropping its data. The 5-minute
            // timeout turns a hung benchmark into a failed one instead of a hung gate.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(5), logOutput: true))
            // One launch per process: an in-process job cannot relaunch; the gate itself starts the suite in several fresh
            // processes (--launches) and pools them, so one process's JIT/GC luck does not decide a median.
            .WithLaunchCount(1)
            // A fixed warmup after BDN's own jitting/pilot stages lets tier-1 code and the page cache settle while keeping wall time predictable.
            .WithWarmupCount(3)
            // The gate's confidence intervals and Mann-Whitney test need >= 15 samples; smoke only proves every category still runs.
            // Under the gate's launches each process measures its share (--launch-iterations), so the pooled total stays the same.
            .WithIterationCount(launchIterations ?? (smoke ? SmokeIterations : DefaultIterations))
            // Keep every measured iteration in the report: the gate reads Statistics.OriginalValues and applies its own
            // outlier rules; BDN's default RemoveUpper would both bias the sample low and leave fewer than 15 values.
            .WithOutlierMode(OutlierMode.DontRemove)
            // 100 ms per iteration (the floor of BDN's MinIterationTime analyser): thousands of invocations for microsecond operations, while 100 MB loads run one invocation per iteration.
            .WithIterationTime(TimeInterval.FromMilliseconds(smoke ? 40 : 100))
            // No unrolling: with BDN's default of 16 a 60 ms load would need 16 invocations (~1 s) per iteration; our
            // fastest operations take tens of ns, so the loop cost is small and the overhead evaluation subtracts it.
            // InvocationCount stays automatic (pilot stage) so each iteration lasts about IterationTime whatever the benchmark's speed.
            .WithUnrollFactor(1)
            // The pilot starts at 1 invocation instead of BDN's 4: a 1-s gzip load would otherwise run 4× per iteration.
            .WithMinInvokeCount(1);
    }

    /// <summary>
    /// The full config for <paramref name="profile"/>: job, diagnosers, validators, exporters, columns;
    /// <paramref name="launchIterations"/> as in <see cref="CreateJob"/>, <paramref name="reverseOrder"/> runs each class's cases last to first.
    /// </summary>
    public static IConfig Create(BenchmarkProfile profile, string? artifactsPath = null, int? launchIterations = null, bool reverseOrder = false)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(CreateJob(profile, launchIterations))
            // Allocated bytes/op on every benchmark: the memory SLAs and the allocation baselines read it.
            .AddDiagnoser(MemoryDiagnoser.Default)
            // Peak working set, working-set growth and peak managed heap of each case (the suite guide's memory limits),
            // read in the untimed extra iteration.
            .AddDiagnoser(ProcessMemoryDiagnoser.Default)
            // The benchmark thread's time on a CPU and waiting for one over the measured iterations (Linux): the gate's
            // per-case witness of a neighbour taking the CPU, read before a case fails on time. Added after the memory
            // diagnoser so its start reading follows that one's full GC (its end reading then includes that one's closing GC:
            // CPU time of a few ms against a case's hundreds, and no run-queue time).
            .AddDiagnoser(ThreadTimeDiagnoser.Default)
            // A 4 MB copy read just before and after each case's measured iterations: the gate's witness of the host's
            // memory-contention bursts, which slow cases 1.5-1.8x while steal and run-queue time stay at zero. Added last: its
            // first ~9 ms reading falls inside the thread-time window (CPU, no waiting: a share moves < 1 %), its second after it.
            .AddDiagnoser(MemoryProbeDiagnoser.Default)
            // A benchmark without a main category would escape the gate's per-category SLAs and reports.
            .AddValidator(MandatoryCategoryValidator.Instance)
            // Keep BDN's own checks (optimized build, valid params, setup methods, return values).
            .AddValidator([.. DefaultConfig.Instance.GetValidators()])
            // The gate reads every per-iteration sample from the full JSON report.
            .AddExporter(JsonExporter.Full)
            // A human-readable table next to it for the PR summary.
            .AddExporter(MarkdownExporter.GitHub)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            // The median is what the SLA table and the targets talk about.
            .AddColumn(StatisticColumn.Median)
            .AddAnalyser([.. DefaultConfig.Instance.GetAnalysers()])
            .AddLogger(ConsoleLogger.Default)
            // One report for the whole run, so one run gives the gate one *-report-full.json.
            .WithOptions(ConfigOptions.JoinSummary)
            // Numbers in reports must not depend on the machine's locale.
            .WithSummaryStyle(SummaryStyle.Default.WithCultureInfo(CultureInfo.InvariantCulture))
            // The gate alternates the order between launches so no case always runs right after the same neighbour
            // (its heap, page cache and JIT state) or always early in a process while tiered compilation is still busy.
            .WithOrderer(reverseOrder ? ReverseExecutionOrderer.Instance : DefaultOrderer.Instance);
        config.CultureInfo = CultureInfo.InvariantCulture;
        if (artifactsPath is not null)
        {
            // Results land under artifacts/ (git-ignored) unless --artifacts says otherwise.
            config = config.WithArtifactsPath(artifactsPath);
        }

        return config;
    }
}
