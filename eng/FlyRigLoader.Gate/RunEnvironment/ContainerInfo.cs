namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Container detection.</summary>
/// <param name="IsContainer">Running inside a container.</param>
/// <param name="Kind">docker, podman, kubernetes, containerd or none.</param>
public sealed record ContainerInfo(bool IsContainer, string Kind);
