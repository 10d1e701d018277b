namespace FlyRigLoader.Gate.Core.Bisection;

/// <summary>What one bisection step learned about a commit, measured against the good commit.</summary>
public enum StepOutcome
{
    /// <summary>No selected benchmark is slower past the threshold (each is NO_CHANGE, IMPROVEMENT or NOISE).</summary>
    Good,

    /// <summary>At least one selected benchmark is a REGRESSION against the good commit.</summary>
    Bad,

    /// <summary>Measured, and still doubtful after the re-measures (SUSPECTED, or too noisy to call): neither good nor bad.</summary>
    Doubtful,

    /// <summary>Not judged: the commit does not build, or a selected benchmark is absent from it or fails in it.</summary>
    Skipped,
}
