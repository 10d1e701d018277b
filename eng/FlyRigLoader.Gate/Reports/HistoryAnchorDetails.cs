namespace FlyRigLoader.Gate.Reports;

/// <summary>The run creep is measured against (<c>regression_analysis.details.history.anchor</c>).</summary>
public sealed record HistoryAnchorDetails
{
    /// <summary>Its run id.</summary>
    public string? RunId { get; init; }

    /// <summary>Its commit, or null.</summary>
    public string? Sha { get; init; }

    /// <summary>Its label (<c>UpdateBaseline --anchor-label</c>), or null.</summary>
    public string? Label { get; init; }

    /// <summary>When it ran (UTC, ISO 8601).</summary>
    public string? Date { get; init; }

    /// <summary>True when pinned with <c>UpdateBaseline --anchor</c>.</summary>
    public bool Pinned { get; init; }

    /// <summary><c>--anchor</c>, <c>pinned</c> or <c>oldest kept run</c>.</summary>
    public string? ChosenBy { get; init; }
}
