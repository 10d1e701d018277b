namespace FlyRigLoader.Gate.Regression;

/// <summary>Verdict on one benchmark's time; printed in upper snake case (REGRESSION, NO_CHANGE…).</summary>
public enum TimeVerdict
{
    /// <summary>Slower beyond the fail threshold, statistically sure within the run and beyond the between-run band.</summary>
    Regression,

    /// <summary>Practically large but not statistically sure, or statistically sure but below the fail threshold.</summary>
    Suspected,

    /// <summary>No practically or statistically meaningful change.</summary>
    NoChange,

    /// <summary>Faster, statistically sure and beyond the warn threshold.</summary>
    Improvement,

    /// <summary>The absolute change is below the noise floor (timer resolution, loop alignment).</summary>
    Noise,

    /// <summary>Too few samples for the test to ever reach α; no conclusion possible.</summary>
    InsufficientData,

    /// <summary>In the current run only.</summary>
    New,

    /// <summary>In the baseline only (or failed in the current run).</summary>
    Missing,

    /// <summary>
    /// The case was measured, but interference in this run (launches that disagree, a probe that moved, CPU stolen) makes a
    /// time verdict unsafe, and re-measuring did not clear it (issue 13). Printed INCONCLUSIVE.
    /// </summary>
    Inconclusive,
}
