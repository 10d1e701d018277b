namespace FlyRigLoader.Configuration;

/// <summary>One entry of <c>experiments:</c>: which datasets it uses, its parameters and its own filters.</summary>
/// <param name="Name">The experiment's key.</param>
public sealed record ExperimentInfo(string Name)
{
    /// <summary>Dataset names; each must match <c>^[a-zA-Z0-9_-]+$</c>; blanks dropped.</summary>
    public IReadOnlyList<string> Datasets { get; init; } = [];

    /// <summary><c>parameters</c>: free-form analysis parameters; empty when absent.</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; init; } = new Dictionary<string, object?>();

    /// <summary><c>filters.ignore_substrings</c>: appended to the project's list.</summary>
    public IReadOnlyList<string> IgnoreSubstrings { get; init; } = [];

    /// <summary><c>filters.mandatory_experiment_strings</c>: appended to the project's list.</summary>
    public IReadOnlyList<string> MandatoryExperimentStrings { get; init; } = [];

    /// <summary><c>metadata.extraction_patterns</c>: experiment-level extraction regexes.</summary>
    public IReadOnlyList<string> ExtractionPatterns { get; init; } = [];

    /// <summary>The other <c>metadata</c> keys, kept as plain values.</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    /// <summary>Other keys of the experiment, kept as plain values.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
