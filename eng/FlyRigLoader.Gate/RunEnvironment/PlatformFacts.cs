namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>What one operating system's own tools said about the machine; null or "unknown" where they said nothing.</summary>
/// <param name="Description">OS name and version, or null to use the runtime's description.</param>
/// <param name="Kernel">Kernel release, or null.</param>
/// <param name="Cpu">Processor.</param>
/// <param name="Memory">Memory, or null to fall back to the GC's figure.</param>
/// <param name="StorageType">SSD, HDD or unknown.</param>
/// <param name="LoadAverage">1, 5 and 15 minute load averages, or null.</param>
/// <param name="Virtualization">Hypervisor evidence the OS reports, or null when it reports none.</param>
internal sealed record PlatformFacts(
    string? Description,
    string? Kernel,
    CpuInfo Cpu,
    MemoryInfo? Memory,
    string StorageType,
    IReadOnlyList<double>? LoadAverage,
    VirtualizationInfo? Virtualization);
