using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Reports;

/// <summary>One benchmark case in the report. Times are nanoseconds per operation.</summary>
/// <param name="FullName">BenchmarkDotNet full name (stable id).</param>
/// <param name="Type">Class name.</param>
/// <param name="Method">Method name.</param>
/// <param name="Parameters">Parameter text, or null.</param>
/// <param name="Category">Category from the namespace.</param>
/// <param name="Success">False when the benchmark threw or produced no measurements.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="TimeUnit">Always <c>ns</c>.</param>
/// <param name="ExecutionTimes">Per-operation time of each workload iteration.</param>
/// <param name="AllocatedBytesPerOp">Managed allocation per operation, or null.</param>
/// <param name="Statistics">Descriptive statistics and CIs, or null for failed cases.</param>
/// <param name="SlaValidation">Every SLA that applies, with its verdict.</param>
/// <param name="Normalization">Raw and calibrated means, or null.</param>
/// <param name="ScalingAnalysis">The fit of this case's parameter family, or null.</param>
/// <param name="LaunchMediansNs">
/// The case's median in each launch that measured it, in launch order (entry <c>i</c> is launch <c>i + 1</c>); as many as
/// the run's launches unless it was cut short or the case failed. <see cref="Statistics"/> is over the pooled samples.
/// </param>
/// <param name="BetweenLaunchSd">Standard deviation of the log launch medians (how far fresh processes disagree), or null with fewer than two.</param>
/// <param name="LaunchIndices">
/// The 1-based launch of each of <see cref="LaunchMediansNs"/> when they are not the run's launches 1, 2, …: a case
/// judged on its quiet re-measure launches (see the report's <c>remeasured</c>); null otherwise.
/// </param>
/// <param name="ProcessMemory">
/// Peak working set, working-set growth and peak managed heap of the benchmark process while the case ran (bytes; worst
/// launch), or null when the suite recorded none. Not <paramref name="AllocatedBytesPerOp"/>, which counts allocation per operation.
/// </param>
/// <param name="LaunchThreadTimes">
/// The benchmark thread's CPU and run-queue shares of the measured wall time in each launch of
/// <paramref name="LaunchMediansNs"/> (same order; null where a launch recorded none), or null when none did (other OS).
/// </param>
public sealed record BenchmarkEntry(
    string FullName,
    string Type,
    string Method,
    string? Parameters,
    string Category,
    bool Success,
    string? Error,
    string TimeUnit,
    IReadOnlyList<double> ExecutionTimes,
    double? AllocatedBytesPerOp,
    SampleSummary? Statistics,
    IReadOnlyList<SlaVerdict> SlaValidation,
    Normalization? Normalization,
    ScalingFit? ScalingAnalysis,
    IReadOnlyList<double>? LaunchMediansNs = null,
    double? BetweenLaunchSd = null,
    IReadOnlyList<int>? LaunchIndices = null,
    Core.Results.ProcessMemoryUse? ProcessMemory = null,
    IReadOnlyList<Core.Results.ThreadTimeUse?>? LaunchThreadTimes = null);
