namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Operating system facts.</summary>
/// <param name="Family">Linux, Windows, macOS or Other.</param>
/// <param name="Description">Distribution / version text.</param>
/// <param name="Kernel">Kernel release, or null.</param>
/// <param name="Architecture">e.g. X64.</param>
public sealed record OsInfo(string Family, string Description, string? Kernel, string Architecture);
