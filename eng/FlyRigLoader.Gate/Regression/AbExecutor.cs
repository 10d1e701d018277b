namespace FlyRigLoader.Gate.Regression;

/// <summary>How <c>--against</c> runs the two builds.</summary>
internal enum AbExecutor
{
    /// <summary>
    /// Both builds in one process (<c>eng/FlyRigLoader.Interleaving</c>), alternating batches of a few tens of
    /// milliseconds: many short A/B pairs measured under the same machine state.
    /// </summary>
    Interleaved,

    /// <summary>One BenchmarkDotNet process per method and side, alternating, in <see cref="GateConfig.AbRounds"/> rounds.</summary>
    Processes,
}
