namespace FlyRigLoader.Benchmarks.Tests.ProcessMemory;

/// <summary>Tests that read the whole test process's memory run alone: another test allocating or freeing at the same time would move their readings.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMemory
{
    /// <summary>The collection's name.</summary>
    public const string Name = "process-wide memory readings";
}
