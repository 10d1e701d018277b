namespace FlyRigLoader.Discovery;

/// <summary>
/// What <see cref="FileDiscoverer.Discover(DiscoveryRequest)"/> searches for. Filters apply in this order: pattern, extensions,
/// ignore globs, mandatory substrings; then metadata extraction, date parsing and stats run on the files that remain.
/// </summary>
public sealed record DiscoveryRequest
{
    /// <summary>Directories to search. Each must exist; the results of all of them are merged.</summary>
    public required IReadOnlyList<string> Directories { get; init; }

    /// <summary>
    /// Glob relative to each directory, <c>/</c>-separated: <c>*</c>, <c>?</c>, <c>[abc]</c>, <c>[!a-z]</c> within one path
    /// segment, and a whole segment <c>**</c> for zero or more directories (a trailing <c>**</c> means every file below).
    /// The default value is <c>*</c>.
    /// </summary>
    public string Pattern { get; init; } = "*";

    /// <summary>When true and <see cref="Pattern"/> has no <c>**</c>, the pattern is matched at any depth (<c>**/</c> is prepended).</summary>
    public bool Recursive { get; init; }

    /// <summary>
    /// Accepted file-name endings, case-insensitive, with or without the leading dot; multi-part endings such as
    /// <c>pkl.gz</c> work. Null means no extension filter; an empty list accepts nothing.
    /// </summary>
    public IReadOnlyList<string>? Extensions { get; init; }

    /// <summary>Globs matched (case-sensitive) against the file name only; a file matching any of them is dropped.</summary>
    public IReadOnlyList<string> IgnoreGlobs { get; init; } = [];

    /// <summary>Case-sensitive substrings of the absolute path; when non-empty, a file is kept only if it contains at least one.</summary>
    public IReadOnlyList<string> MandatorySubstrings { get; init; } = [];

    /// <summary>
    /// Regexes (Python <c>(?P&lt;name&gt;…)</c> syntax accepted) searched in the absolute path; named groups become metadata.
    /// A prefix picks another target: <c>filename::</c> (the file name), <c>parent::</c> (the parent directory's name),
    /// <c>parts[N]::</c> (path part N of <c>/, dir, …, file</c>; negative N counts from the end, out of range skips).
    /// </summary>
    public IReadOnlyList<string> ExtractionPatterns { get; init; } = [];

    /// <summary>Parse <see cref="DiscoveredFile.ParsedDate"/> from the <c>date</c> metadata or the file name.</summary>
    public bool ParseDates { get; init; }

    /// <summary>Fill <see cref="DiscoveredFile.Stats"/>; a file that vanished meanwhile is skipped with a warning.</summary>
    public bool IncludeStats { get; init; }

    /// <summary>Time budget of one extraction-pattern match on one file. The default value is one second.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A request for one directory.</summary>
    public static DiscoveryRequest For(string directory, string pattern = "*", bool recursive = false) =>
        new() { Directories = [directory], Pattern = pattern, Recursive = recursive };
}
