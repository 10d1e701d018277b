namespace FlyRigLoader.Gate.Baselines;

/// <summary>The baseline file <see cref="BaselineStore.Locate"/> picked.</summary>
/// <param name="Path">The file.</param>
/// <param name="Exact">True when it is the file named for this run's fingerprint and job (or the file given explicitly).</param>
/// <param name="Note">When not exact: what was looked for and why this file is the closest, naming the folder.</param>
internal sealed record BaselineLocation(string Path, bool Exact, string? Note);
