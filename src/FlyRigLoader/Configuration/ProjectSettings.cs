namespace FlyRigLoader.Configuration;

/// <summary>
/// The <c>project:</c> section: data directories and the project-wide file filters.
/// A key missing from the YAML takes the model default (see the <c>Default…</c> members); a key present but empty stays empty.
/// </summary>
public sealed record ProjectSettings
{
    /// <summary>The directory key that names the root of the date folders.</summary>
    public const string MajorDataDirectoryKey = "major_data_directory";

    /// <summary>Ignore substrings used when <c>ignore_substrings</c> is absent.</summary>
    public static IReadOnlyList<string> DefaultIgnoreSubstrings { get; } = ["._", "temp", "backup", ".tmp", "~", ".DS_Store"];

    /// <summary>Extraction patterns used when <c>extraction_patterns</c> is absent.</summary>
    public static IReadOnlyList<string> DefaultExtractionPatterns { get; } =
        [@"(?P<date>\d{4}-\d{2}-\d{2})", @"(?P<date>\d{8})", @"(?P<subject>\w+)", @"(?P<rig>rig\d+)"];

    /// <summary>Named directories (<c>major_data_directory</c>, <c>output_directory</c>, …); null values are dropped.</summary>
    public IReadOnlyDictionary<string, string> Directories { get; init; } = new Dictionary<string, string>();

    /// <summary>Filename substrings that exclude a file; stripped, blanks dropped.</summary>
    public IReadOnlyList<string> IgnoreSubstrings { get; init; } = DefaultIgnoreSubstrings;

    /// <summary>Path substrings of which at least one must occur (OR); empty means no constraint.</summary>
    public IReadOnlyList<string> MandatoryExperimentStrings { get; init; } = [];

    /// <summary>Regexes with named groups (Python <c>(?P&lt;name&gt;…)</c> syntax accepted), optionally with a target prefix.</summary>
    public IReadOnlyList<string> ExtractionPatterns { get; init; } = DefaultExtractionPatterns;

    /// <summary>Other keys of the section (<c>name</c>, <c>file_extensions</c>, …), kept as plain values.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>The <c>major_data_directory</c> entry, or null.</summary>
    public string? MajorDataDirectory => Directories.TryGetValue(MajorDataDirectoryKey, out var dir) ? dir : null;
}
