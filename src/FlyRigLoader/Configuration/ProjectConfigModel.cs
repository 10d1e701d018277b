namespace FlyRigLoader.Configuration;

/// <summary>
/// A whole config document as plain immutable data: what the YAML loader produces and what code can build directly
/// (then pass to <see cref="ConfigLoader.FromModel"/>, or write with <see cref="ConfigWriter"/>).
/// Plain values (parameters, metadata, rigs) are <c>string</c>, <c>long</c>, <c>double</c>, <c>bool</c>, null,
/// <c>IReadOnlyList&lt;object?&gt;</c> or <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.
/// </summary>
public sealed record ProjectConfigModel
{
    /// <summary>Versions this library reads.</summary>
    public static IReadOnlyList<string> KnownSchemaVersions { get; } = ["0.1.0", "0.2.0", "1.0.0"];

    /// <summary><c>schema_version</c>, or null when absent.</summary>
    public string? SchemaVersion { get; init; }

    /// <summary>The <c>project:</c> section.</summary>
    public ProjectSettings Project { get; init; } = new();

    /// <summary>The <c>datasets:</c> section, in file order; names must be unique.</summary>
    public IReadOnlyList<DatasetInfo> Datasets { get; init; } = [];

    /// <summary>The <c>experiments:</c> section, in file order; names must be unique.</summary>
    public IReadOnlyList<ExperimentInfo> Experiments { get; init; } = [];

    /// <summary>The optional <c>rigs:</c> section (kept, not interpreted).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> Rigs { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, object?>>();

    /// <summary><c>folder_parsing.extract_patterns</c>: the first (lowest-precedence) extraction patterns.</summary>
    public IReadOnlyList<string> FolderParsingPatterns { get; init; } = [];

    /// <summary>Unrecognised top-level keys, kept as plain values.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
