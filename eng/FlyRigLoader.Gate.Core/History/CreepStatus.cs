namespace FlyRigLoader.Gate.Core.History;

/// <summary>Outcome of comparing a run with the history's anchor.</summary>
public enum CreepStatus
{
    /// <summary>No slowdown past the threshold since the anchor.</summary>
    NoCreep,

    /// <summary>The slowdown since the anchor reaches the threshold, but run-to-run noise could explain it.</summary>
    CreepSuspected,

    /// <summary>Slower than the anchor by at least the threshold, with the interval clear of 1.</summary>
    Creep,
}
