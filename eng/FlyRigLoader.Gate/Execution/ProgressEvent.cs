namespace FlyRigLoader.Gate.Execution;

/// <summary>Something BenchmarkDotNet's console output says about progress.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Benchmark">For <see cref="ProgressKind.Started"/>: <c>Type.Method</c> plus parameters.</param>
/// <param name="Count">Total (Found) or remaining (Remained) benchmarks.</param>
/// <param name="Eta">BenchmarkDotNet's remaining-time estimate, when given.</param>
internal sealed record ProgressEvent(ProgressKind Kind, string? Benchmark, int? Count, TimeSpan? Eta);
