namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Why a file is kept or removed.</summary>
internal enum RetentionReason
{
    /// <summary>Within the age and count limits.</summary>
    WithinLimits,

    /// <summary>Kept although over a limit: it belongs to the newest run or its manifest.</summary>
    NewestRun,

    /// <summary>Removed: older than the category's retention period.</summary>
    Expired,

    /// <summary>Removed: beyond the category's file count, counting newest first.</summary>
    OverLimit,
}
