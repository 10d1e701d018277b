namespace FlyRigLoader.Gate.Accuracy.Tests.EndToEnd;

/// <summary>Real GateAccuracy runs share artifacts/ and both cores, so they never run in parallel with other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GateAccuracyRuns
{
    public const string Name = "GateAccuracyEndToEnd";
}
