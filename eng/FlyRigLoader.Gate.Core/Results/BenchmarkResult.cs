namespace FlyRigLoader.Gate.Core.Results;

/// <summary>One benchmark case (method × parameter combination) as BenchmarkDotNet measured it.</summary>
/// <param name="FullName">BenchmarkDotNet's stable id: <c>Namespace.Type.Method(Param: value, …)</c>.</param>
/// <param name="Type">The benchmark class name without namespace.</param>
/// <param name="Method">The benchmark method name.</param>
/// <param name="Parameters">BenchmarkDotNet's parameter text (<c>SizeMb=1&amp;Rows=10</c>), or null when the case has none.</param>
/// <param name="Category">Our category derived from the namespace (<c>data-loading</c>, …), or <c>uncategorized</c>.</param>
/// <param name="SamplesNs">Per-operation time of each actual workload iteration in nanoseconds (<c>Statistics.OriginalValues</c>).</param>
/// <param name="AllocatedBytesPerOp">Managed bytes allocated per operation, or null without the memory diagnoser.</param>
/// <param name="Success">False when the benchmark threw or produced no measurements.</param>
/// <param name="Error">Why the benchmark failed, or null on success.</param>
/// <param name="LaunchMediansNs">
/// The median of each launch (fresh process) that measured the case, in launch order, when the samples pool several
/// launches (<c>Statistics.LaunchPooling</c>); null for a result read from one BenchmarkDotNet report.
/// </param>
/// <param name="Job">BenchmarkDotNet's job characteristics of the case, sorted (see <see cref="Jobs.BdnJobText"/>), or null when the report has no <c>DisplayInfo</c>.</param>
/// <param name="ProcessMemory">Peak working set, working-set growth and peak managed heap of the benchmark process while the case ran, or null when the report has none (older suites).</param>
/// <param name="LaunchThreadTimes">
/// The benchmark thread's CPU and run-queue shares in each launch that measured the case, aligned with
/// <paramref name="LaunchMediansNs"/> (one entry for a result read from one report; null entries where a launch recorded
/// none), or null when no launch recorded any (other OS, older suites).
/// </param>
public sealed record BenchmarkResult(
    string FullName,
    string Type,
    string Method,
    string? Parameters,
    string Category,
    IReadOnlyList<double> SamplesNs,
    double? AllocatedBytesPerOp,
    bool Success,
    string? Error,
    IReadOnlyList<double>? LaunchMediansNs = null,
    string? Job = null,
    ProcessMemoryUse? ProcessMemory = null,
    IReadOnlyList<ThreadTimeUse?>? LaunchThreadTimes = null)
{
    /// <summary>The parameter values of this case by name (empty when it has none).</summary>
    public IReadOnlyDictionary<string, string> ParameterValues => BenchmarkParameters.Parse(Parameters);
}
