namespace FlyRigLoader.Gate.Baselines;

/// <summary>One benchmark's accepted baseline runs, oldest first.</summary>
/// <param name="FullName">BenchmarkDotNet full name.</param>
/// <param name="Category">Suite category, or null.</param>
/// <param name="RunSamplesNs">Per-iteration samples of each accepted run.</param>
/// <param name="AllocatedBytesPerOp">Allocated bytes/op of each accepted run (null where not measured).</param>
/// <param name="RunLaunchMediansNs">Each accepted run's launch medians (null for a run that recorded none, or for every run when absent).</param>
internal sealed record BenchmarkHistory(
    string FullName, string? Category, IReadOnlyList<IReadOnlyList<double>> RunSamplesNs, IReadOnlyList<double?> AllocatedBytesPerOp,
    IReadOnlyList<IReadOnlyList<double>?>? RunLaunchMediansNs = null);
