namespace FlyRigLoader.Gate.Core.Results;

/// <summary>The host facts BenchmarkDotNet records in every full JSON report.</summary>
/// <param name="BenchmarkDotNetVersion">e.g. <c>0.15.8</c>.</param>
/// <param name="OsVersion">BenchmarkDotNet's OS description.</param>
/// <param name="ProcessorName">CPU brand string as BenchmarkDotNet saw it.</param>
/// <param name="PhysicalCoreCount">Physical cores, or null when unknown.</param>
/// <param name="LogicalCoreCount">Logical cores, or null when unknown.</param>
/// <param name="RuntimeVersion">The runtime that ran the benchmarks.</param>
/// <param name="DotNetCliVersion">The SDK that built them.</param>
public sealed record BdnHostInfo(
    string BenchmarkDotNetVersion,
    string? OsVersion,
    string? ProcessorName,
    int? PhysicalCoreCount,
    int? LogicalCoreCount,
    string? RuntimeVersion,
    string? DotNetCliVersion);
