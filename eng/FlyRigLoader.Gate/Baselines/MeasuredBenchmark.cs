namespace FlyRigLoader.Gate.Baselines;

/// <summary>One benchmark of one run as the gate compares it.</summary>
/// <param name="FullName">BenchmarkDotNet full name (<c>Namespace.Type.Method(Param: value)</c>), the identity key.</param>
/// <param name="Category">Suite category, or null when unknown (foreign BenchmarkDotNet JSON).</param>
/// <param name="SamplesNs">Per-operation time of every actual workload iteration, in nanoseconds.</param>
/// <param name="AllocatedBytesPerOp">Allocated bytes per operation, or null when MemoryDiagnoser was off.</param>
public sealed record MeasuredBenchmark(string FullName, string? Category, IReadOnlyList<double> SamplesNs, double? AllocatedBytesPerOp);
