namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Every decision of one retention pass, newest file first within each category.</summary>
/// <param name="Decisions">One decision per file seen.</param>
/// <param name="NewestRunId">The run whose files are protected, or null when no file carries a run id.</param>
internal sealed record RetentionPlan(IReadOnlyList<RetentionDecision> Decisions, string? NewestRunId)
{
    /// <summary>The files to remove.</summary>
    public IEnumerable<RetentionDecision> Removals => Decisions.Where(d => d.Remove);

    /// <summary>Bytes the removals free.</summary>
    public long BytesToFree => Removals.Sum(d => d.File.SizeBytes);
}
