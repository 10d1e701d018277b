namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The suite guide's <c>statistical_significance</c> of one benchmark: its test, one-sided Mann–Whitney "current slower
/// than the baseline" (SciPy's <c>alternative='greater'</c>), whatever the direction of the change; the gate's own
/// <c>p_value</c> beside it is in the direction of the change.
/// </summary>
public sealed record StatisticalSignificance
{
    /// <summary>One-sided p of "current slower".</summary>
    public double PValue { get; init; }

    /// <summary>True when the Benjamini–Hochberg q of that p is at most the gate's alpha (the gate's rule, stricter than the guide's raw p &lt; 0.05).</summary>
    public bool IsSignificant { get; init; }

    /// <summary>Mann–Whitney U of the current samples against the pooled baseline samples (pairs with current above baseline, ties half).</summary>
    public double TestStatistic { get; init; }

    /// <summary>Benjamini–Hochberg q of <see cref="PValue"/> across the suite, which <see cref="IsSignificant"/> compares with alpha.</summary>
    public double? QValue { get; init; }
}
