namespace FlyRigLoader.Gate.Accuracy.Experiments;

/// <summary>The outcome labels a trial gets per measure (printed in the table and the JSON).</summary>
internal static class Outcomes
{
    /// <summary>No verdict that matters to the measure.</summary>
    public const string Clean = "clean";

    /// <summary>A REGRESSION (time or allocation) where the code did not change.</summary>
    public const string FalseAlarm = "false-alarm";

    /// <summary>SUSPECTED somewhere (A/A) or on the target (detection), no REGRESSION.</summary>
    public const string Suspected = "suspected";

    /// <summary>INCONCLUSIVE or INCOMPARABLE where it matters: no false alarm, no detection.</summary>
    public const string NoVerdict = "no-verdict";

    /// <summary>REGRESSION on the target and on no other benchmark.</summary>
    public const string Exact = "exact";

    /// <summary>REGRESSION on the target (the x1.10 measure needs only that or SUSPECTED).</summary>
    public const string Regression = "regression";

    /// <summary>REGRESSION on the target and on another benchmark too.</summary>
    public const string TargetAndOther = "target-and-other";

    /// <summary>REGRESSION on another benchmark only.</summary>
    public const string OtherOnly = "other-only";

    /// <summary>The target was not flagged.</summary>
    public const string Missed = "missed";

    /// <summary>An SLA FAIL the quiet runs of the round do not have.</summary>
    public const string SlaFail = "sla-fail";

    /// <summary>A time REGRESSION the quiet runs of the round do not have.</summary>
    public const string NewRegression = "regression";

    /// <summary>Both of the above.</summary>
    public const string SlaFailAndRegression = "sla-fail-and-regression";

    /// <summary>The trial did not run to verdicts.</summary>
    public const string Error = "error";
}
