namespace FlyRigLoader.Gate.Artifacts;

/// <summary>What applying a plan did.</summary>
/// <param name="Removed">Files removed (or, in a dry run, that would be).</param>
/// <param name="Vanished">Files planned for removal that were already gone: not an error.</param>
/// <param name="Failed">Files that could not be removed, with the reason.</param>
internal sealed record RetentionOutcome(
    IReadOnlyList<RetentionDecision> Removed,
    IReadOnlyList<string> Vanished,
    IReadOnlyList<KeyValuePair<string, string>> Failed)
{
    /// <summary>Directories the removals left empty and that were removed (relative, ending in <c>/</c>); none in a dry run.</summary>
    public IReadOnlyList<string> RemovedDirectories { get; init; } = [];

    /// <summary>Emptied directories that could not be removed, with the reason: warnings, not failures.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> DirectoryWarnings { get; init; } = [];
}
