namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Where the Benchmarks pipeline reads the machine's load before and after each launch (tests substitute a neighbour).</summary>
internal interface IMachineLoadSource
{
    /// <summary>The load now.</summary>
    LoadSample Sample();
}
