namespace FlyRigLoader.Configuration;

/// <summary>One entry of <c>datasets:</c>: a rig and the recording dates with their vials.</summary>
/// <param name="Name">The dataset's key.</param>
/// <param name="Rig">Rig name; must match <c>^[a-zA-Z0-9_-]+$</c>.</param>
public sealed record DatasetInfo(string Name, string Rig)
{
    /// <summary>Date string (YAML date keys coerced to <c>yyyy-MM-dd</c>) → vial numbers, in file order; dates without vials are dropped.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> DatesVials { get; init; } = new Dictionary<string, IReadOnlyList<int>>();

    /// <summary><c>metadata.extraction_patterns</c>: dataset-level extraction regexes.</summary>
    public IReadOnlyList<string> ExtractionPatterns { get; init; } = [];

    /// <summary>The other <c>metadata</c> keys, kept as plain values.</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    /// <summary><c>parameters</c>: free-form; empty when absent.</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; init; } = new Dictionary<string, object?>();

    /// <summary>Other keys of the dataset (<c>description</c>, <c>patterns</c>, …), kept as plain values.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
