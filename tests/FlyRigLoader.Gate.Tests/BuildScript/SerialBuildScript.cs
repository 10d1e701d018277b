namespace FlyRigLoader.Gate.Tests.BuildScript;

/// <summary>Serializes tests that run the build script (they share Cake's script cache and the gate's build output).</summary>
[CollectionDefinition(nameof(SerialBuildScript), DisableParallelization = true)]
public sealed class SerialBuildScript;
