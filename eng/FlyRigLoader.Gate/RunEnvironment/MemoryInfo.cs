namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Memory in GiB.</summary>
/// <param name="TotalGb">Installed (or cgroup-visible) memory.</param>
/// <param name="AvailableGb">Available now, or null when unknown.</param>
public sealed record MemoryInfo(double TotalGb, double? AvailableGb);
