namespace FlyRigLoader.Gate.Core.Results;

/// <summary>One BenchmarkDotNet full JSON report file: its title, host facts and benchmark cases.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Title">BenchmarkDotNet's report title (type name and timestamp).</param>
/// <param name="Host">Host facts, or null when the report lacks them.</param>
/// <param name="Benchmarks">Every case of the report, failed ones included.</param>
public sealed record BdnReport(string Path, string Title, BdnHostInfo? Host, IReadOnlyList<BenchmarkResult> Benchmarks);
