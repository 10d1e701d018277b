namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>The machine's load at one moment: the CPU accounting and the 1-minute load average, each null where unknown.</summary>
/// <param name="Cpu">Cumulative CPU accounting of the machine and of this process with its children.</param>
/// <param name="LoadAverage">The 1-minute load average.</param>
internal sealed record LoadSample(CpuSnapshot? Cpu, double? LoadAverage);
