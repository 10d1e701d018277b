namespace FlyRigLoader.Gate.Baselines;

/// <summary>The outcome of appending a run to a baseline: the new file, or why the run was refused, plus a diff summary.</summary>
/// <param name="Updated">The baseline to write, or null when refused.</param>
/// <param name="Refusals">Why the run may not become a baseline (empty when accepted).</param>
/// <param name="Summary">Human-readable diff lines (added/removed benchmarks, median moves, dropped runs).</param>
internal sealed record BaselineUpdate(BaselineFile? Updated, IReadOnlyList<string> Refusals, IReadOnlyList<string> Summary)
{
    /// <summary>The run was refused (among any other reasons) because its launches disagreed beyond the limit.</summary>
    public bool Unsettled { get; init; }

    /// <summary>True when the run was accepted.</summary>
    public bool Accepted => Updated is not null;
}
