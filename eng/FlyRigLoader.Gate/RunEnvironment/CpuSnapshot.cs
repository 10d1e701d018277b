namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Cumulative CPU accounting of the machine and of this process (with its reaped children), in clock ticks.</summary>
/// <param name="MachineBusyTicks">user + nice + system + irq + softirq over all CPUs since boot.</param>
/// <param name="MachineStealTicks">Time the hypervisor ran other guests on this VM's CPUs.</param>
/// <param name="OwnTicks">utime + stime of this process plus cutime + cstime of its waited-for children.</param>
/// <param name="WallSeconds">A monotonic clock reading.</param>
internal sealed record CpuSnapshot(long MachineBusyTicks, long MachineStealTicks, long OwnTicks, double WallSeconds);
