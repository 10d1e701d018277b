namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Hypervisor detection.</summary>
/// <param name="IsVirtualized">A hypervisor was seen.</param>
/// <param name="Platform">physical, kvm, vmware, virtualbox, xen, hyper-v, github_actions, virtualized…</param>
/// <param name="Evidence">What was seen.</param>
public sealed record VirtualizationInfo(bool IsVirtualized, string Platform, string? Evidence);
