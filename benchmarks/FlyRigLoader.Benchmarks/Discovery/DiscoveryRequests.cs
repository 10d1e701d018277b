using FlyRigLoader.Discovery;

namespace FlyRigLoader.Benchmarks.Discovery;

/// <summary>The discovery requests the benchmarks time, built the way a rig analysis script would ask.</summary>
internal static class DiscoveryRequests
{
    /// <summary>Data-file extensions (pkl.gz exercises the multi-dot suffix).</summary>
    public static readonly IReadOnlyList<string> Extensions = ["pkl", "pkl.gz", "csv"];

    /// <summary>Basename globs of temp, backup and resource-fork files (what the config layer derives from ignore_substrings).</summary>
    public static readonly IReadOnlyList<string> IgnoreGlobs = ["*._*", "temp_*", "backup_*", "*.tmp", "*~", "*.DS_Store"];

    /// <summary>Full-path substrings, any of which keeps a file.</summary>
    public static readonly IReadOnlyList<string> Mandatory = ["baseline", "treatment", "stim", "neural"];

    /// <summary>Metadata regexes in the Python syntax configs use, against the full path, the basename, the parent folder and a path part.</summary>
    public static readonly IReadOnlyList<string> ExtractionPatterns =
    [
        @"(?P<animal>mouse|rat|fly)_(?P<date>\d{8})_(?P<condition>[a-z]+)_(?P<replicate>\d+)",
        @"filename::^(?P<date>\d{8})_(?P<animal>[a-z]+)_(?P<condition>[a-z]+)",
        @"parent::session_(?P<session>\d+)",
        @"parts[-4]::^(?P<rig>[a-z_]+\d*)$",
    ];

    /// <summary>Recursive, everything.</summary>
    public static DiscoveryRequest All(string root) => DiscoveryRequest.For(root, "*", recursive: true);

    /// <summary>Recursive with extension, ignore and mandatory filters.</summary>
    public static DiscoveryRequest Filtered(string root) => All(root) with
    {
        Extensions = Extensions,
        IgnoreGlobs = IgnoreGlobs,
        MandatorySubstrings = Mandatory,
    };

    /// <summary><see cref="Filtered"/> plus regex metadata extraction, optionally date parsing.</summary>
    public static DiscoveryRequest FilteredWithMetadata(string root, bool parseDates) => Filtered(root) with
    {
        ExtractionPatterns = ExtractionPatterns,
        ParseDates = parseDates,
    };
}
