namespace FlyRigLoader.Gate.Artifacts;

/// <summary>What applying a plan did.</summary>
/// <param name="Removed">Files removed (or, in a dry run, that would be).</param>
/// <param name="Vanished">Files planned for removal that were already gone: not an error.</param>
/// <param name="Failed">Files that could not be removed, with the reason.</param>
internal sealed record RetentionOutcome(
    IReadOnlyList<RetentionDecision> Removed,
    IReadOnlyList<string> Vanished,
    IReadOnlyList<KeyValuePair<string, string>> Failed);
