namespace FlyRigLoader.Gate.Baselines;

/// <summary>One benchmark's accepted baseline runs, oldest first.</summary>
/// <param name="FullName">BenchmarkDotNet full name.</param>
/// <param name="Category">Suite category, or null.</param>
/// <param name="RunSamplesNs">Per-iteration samples of each accepted run.</param>
/// <param name="AllocatedBytesPerOp">Allocated bytes/op of each accepted run (null where not measured).</param>
internal sealed record BenchmarkHistory(
    string FullName, string? Category, IReadOnlyList<IReadOnlyList<double>> RunSamplesNs, IReadOnlyList<double?> AllocatedBytesPerOp);
