namespace FlyRigLoader.Gate.Baselines;

/// <summary>
/// The machine a baseline run was measured on, as the suite guide's baseline <c>environment</c> block states it: stored
/// for readers of the file (which machine made these numbers); comparability is decided by the fingerprint and job.
/// </summary>
/// <param name="Platform">Operating system family, version and architecture, e.g. <c>Linux Debian GNU/Linux 12 (bookworm) X64</c>.</param>
/// <param name="CpuCount">Logical processors.</param>
/// <param name="MemoryTotalGb">Installed (or cgroup-visible) memory in GB, or null when the platform did not tell.</param>
public sealed record RunMachine(string Platform, int CpuCount, double? MemoryTotalGb);
