namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>The machine's load at one moment: the CPU accounting, the 1-minute load average and the memory available, each null where unknown.</summary>
/// <param name="Cpu">Cumulative CPU accounting of the machine and of this process with its children.</param>
/// <param name="LoadAverage">The 1-minute load average.</param>
/// <param name="MemoryAvailableGb">Memory the kernel could give new work without swapping (<c>MemAvailable</c>), in GiB.</param>
internal sealed record LoadSample(CpuSnapshot? Cpu, double? LoadAverage, double? MemoryAvailableGb = null);
