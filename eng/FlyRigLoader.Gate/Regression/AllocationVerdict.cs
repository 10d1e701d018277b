namespace FlyRigLoader.Gate.Regression;

/// <summary>Verdict on one benchmark's allocated bytes per operation.</summary>
public enum AllocationVerdict
{
    /// <summary>Allocates more than the jitter tolerance above the baseline's largest accepted value.</summary>
    Regression,

    /// <summary>Within the tolerance.</summary>
    NoChange,

    /// <summary>Allocates more than the tolerance below the baseline's smallest accepted value.</summary>
    Improvement,

    /// <summary>No allocation data on one side (MemoryDiagnoser off).</summary>
    NotMeasured,

    /// <summary>In the current run only.</summary>
    New,

    /// <summary>In the baseline only.</summary>
    Missing,

    /// <summary>Printed <c>INCOMPARABLE</c>: allocation is only compared between identical jobs.</summary>
    Incomparable,
}
