namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>.NET toolchain.</summary>
/// <param name="Runtime">Runtime description.</param>
/// <param name="Sdk">SDK version, or null.</param>
public sealed record DotnetInfo(string Runtime, string? Sdk);
