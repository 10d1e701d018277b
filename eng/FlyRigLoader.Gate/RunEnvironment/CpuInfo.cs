namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Processor facts.</summary>
/// <param name="Model">Brand string.</param>
/// <param name="LogicalCores">Logical processors.</param>
/// <param name="PhysicalCores">Physical cores, or null when unknown.</param>
public sealed record CpuInfo(string Model, int LogicalCores, int? PhysicalCores);
