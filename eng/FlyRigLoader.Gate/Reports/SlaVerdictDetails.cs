namespace FlyRigLoader.Gate.Reports;

/// <summary>An SLA verdict judged with a comparison (<c>regression_analysis.details.sla[]</c>).</summary>
public sealed record SlaVerdictDetails
{
    /// <summary>SLA id.</summary>
    public string? SlaId { get; init; }

    /// <summary>Benchmark full name.</summary>
    public string? FullName { get; init; }

    /// <summary>PASS, FAIL or NO_DATA.</summary>
    public string? Status { get; init; }

    /// <summary>Observed value, or null.</summary>
    public double? Observed { get; init; }

    /// <summary>Limit, or null.</summary>
    public double? Limit { get; init; }

    /// <summary>Unit of both.</summary>
    public string? Unit { get; init; }

    /// <summary>Detail text.</summary>
    public string? Detail { get; init; }
}
