namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>What a failing case's re-measurement decided.</summary>
public enum RemeasureOutcome
{
    /// <summary>The first measurement was undisturbed: its verdict stands as measured.</summary>
    Undisturbed,

    /// <summary>Judge the case again on the undisturbed launches of the re-measurement only.</summary>
    UseQuietLaunches,

    /// <summary>Interference persisted: no verdict (INCONCLUSIVE), never a silent pass.</summary>
    Inconclusive,
}
