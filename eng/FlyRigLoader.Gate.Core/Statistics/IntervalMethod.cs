namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>Which confidence interval of the mean an SLA's upper-bound rule reads; both are always reported.</summary>
public enum IntervalMethod
{
    /// <summary>Student's t interval (the gate's default: exact for normal samples, no resampling noise).</summary>
    StudentT,

    /// <summary>The percentile bootstrap interval (the suite guide's default method).</summary>
    Bootstrap,
}
