namespace FlyRigLoader.Gate.Accuracy;

/// <summary>What an accuracy trial did to the run it judges.</summary>
internal enum TrialKind
{
    /// <summary>Same code as the baseline, nothing injected: any REGRESSION is a false alarm.</summary>
    AA,

    /// <summary>A CPU-burning process on the other core: the machine slowed, the code did not.</summary>
    Burner,

    /// <summary>One benchmark made slower by a factor: it alone must be flagged.</summary>
    Inject,

    /// <summary>One benchmark made to allocate extra bytes per operation: an allocation REGRESSION on it alone.</summary>
    Alloc,
}
