namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Names of the report sections charts belong to (also the HTML element ids).</summary>
internal static class ChartSections
{
    /// <summary>Per-benchmark sample distributions.</summary>
    public const string Distributions = "distributions";

    /// <summary>Suite ratio chart (needs a baseline comparison).</summary>
    public const string Comparison = "comparison";

    /// <summary>Median history (needs a baseline comparison).</summary>
    public const string Trends = "trends";

    /// <summary>Scaling of parameterised families.</summary>
    public const string Scaling = "scaling";

    /// <summary>Leak-check memory.</summary>
    public const string Memory = "memory";
}
