namespace FlyRigLoader.Gate.Tests.EndToEnd;

/// <summary>Real benchmark runs share artifacts/ and both cores, so they run one after another, never in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SequentialRuns
{
    public const string Name = "EndToEnd";
}
