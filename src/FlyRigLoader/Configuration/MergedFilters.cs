namespace FlyRigLoader.Configuration;

/// <summary>
/// The file filters that apply to one experiment (or dataset) after the project → experiment → dataset merge.
/// </summary>
/// <param name="IgnoreGlobs">fnmatch-style globs matched against the basename; any match drops the file.</param>
/// <param name="MandatorySubstrings">Case-sensitive substrings of the full path; when non-empty, at least one must occur.</param>
/// <param name="ExtractionPatterns">Compiled patterns in application order; a later pattern's groups overwrite earlier ones.</param>
public sealed record MergedFilters(
    IReadOnlyList<string> IgnoreGlobs,
    IReadOnlyList<string> MandatorySubstrings,
    IReadOnlyList<ExtractionPattern> ExtractionPatterns);
