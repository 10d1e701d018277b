namespace FlyRigLoader.Gate.Core.History;

/// <summary>One accepted run of one benchmark, as the history keeps it: enough to compare, nothing per iteration.</summary>
/// <param name="Sha">Commit the run measured.</param>
/// <param name="Date">When the run was made.</param>
/// <param name="MedianNs">Median time per operation.</param>
/// <param name="LogSpread">Standard deviation of the log of the run's per-iteration times (its within-run noise).</param>
/// <param name="N">Measured iterations.</param>
/// <param name="AllocatedBytesPerOp">Allocation per operation, when measured.</param>
public sealed record HistoryPoint(string Sha, DateTimeOffset Date, double MedianNs, double LogSpread, int N, double? AllocatedBytesPerOp = null);
