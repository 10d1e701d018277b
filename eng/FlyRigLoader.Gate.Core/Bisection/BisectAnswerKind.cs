namespace FlyRigLoader.Gate.Core.Bisection;

/// <summary>How a bisection ended.</summary>
public enum BisectAnswerKind
{
    /// <summary>One commit is the first bad one: its parent on the path is good (or is the good commit).</summary>
    Culprit,

    /// <summary>
    /// The first bad commit is one of several adjacent commits, because those before the first bad one could not be
    /// classified (doubtful or skipped), as <c>git bisect</c> ends when only skipped commits are left.
    /// </summary>
    Range,

    /// <summary>The bad commit is not slower than the good one past the threshold: nothing to look for.</summary>
    NoRegression,

    /// <summary>The bad commit itself is doubtful against the good one, even after re-measuring: no search is attempted.</summary>
    Inconclusive,
}
