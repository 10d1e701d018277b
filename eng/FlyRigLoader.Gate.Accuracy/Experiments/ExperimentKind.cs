namespace FlyRigLoader.Gate.Accuracy.Experiments;

/// <summary>The experiments of <c>GateAccuracy</c> (issue 13's list), in the order a round runs them.</summary>
internal enum ExperimentKind
{
    /// <summary>Fresh processes of the shipped build: how far each benchmark's median moves between them.</summary>
    Spread,

    /// <summary>Single runs of the shipped build against the scratch baseline: any REGRESSION is a false alarm.</summary>
    Aa,

    /// <summary>The target benchmark x1.25 in a flavour, single runs: REGRESSION on it and no other.</summary>
    Inject125,

    /// <summary>The target benchmark x1.10 in a flavour, single runs: at least SUSPECTED on it.</summary>
    Inject110,

    /// <summary>The target benchmark allocating 1 KiB more per operation, single runs: allocation REGRESSION on it and no other.</summary>
    Alloc,

    /// <summary>Single runs of the shipped build beside a CPU- and memory-bandwidth-hungry process on the other core.</summary>
    Neighbour,

    /// <summary><c>--against</c>-style interleaved A/B of the shipped build against an identical copy: no REGRESSION.</summary>
    AgainstAa,

    /// <summary>Interleaved A/B of the shipped build against the x1.10 flavour: REGRESSION on the target and no other.</summary>
    Against110,
}
