namespace FlyRigLoader.Benchmarks.Data;

/// <summary>One file of a generated discovery tree.</summary>
/// <param name="RelativePath">Path under the tree root, '/'-separated.</param>
/// <param name="Kind">data, config, backup or temp (ignorable).</param>
/// <param name="SizeBytes">Content length (tiny: the benchmark measures the walk, not the disk).</param>
public sealed record PlannedFile(string RelativePath, string Kind, int SizeBytes);
