namespace FlyRigLoader.Gate.History;

/// <summary>The outcome of appending a run to a history: the file to write, or why not, plus what changed.</summary>
/// <param name="Updated">The history to write, or null when refused.</param>
/// <param name="Refusals">Why the run may not join the history (empty when accepted).</param>
/// <param name="Summary">What changed (appended, pinned, dropped).</param>
internal sealed record HistoryUpdate(HistoryFile? Updated, IReadOnlyList<string> Refusals, IReadOnlyList<string> Summary)
{
    /// <summary>True when the run was accepted.</summary>
    public bool Accepted => Updated is not null;
}
