namespace FlyRigLoader.Gate.Core.Jobs;

/// <summary>Whether a baseline may judge the current run, and if not, why.</summary>
/// <param name="Comparable">Same fingerprint and same (recorded) job.</param>
/// <param name="Reason">Why not, naming the differing fields (<c>job differs: profile default -> smoke</c>); null when comparable.</param>
/// <param name="Differences">The differing fields.</param>
public sealed record ComparabilityVerdict(bool Comparable, string? Reason, IReadOnlyList<FieldDifference> Differences);
