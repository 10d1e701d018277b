using FlyRigLoader.Errors;

namespace FlyRigLoader.Discovery;

/// <summary>
/// Finds files below directories by glob, extension, ignore globs and mandatory substrings, then extracts metadata, dates
/// and stats. Problems with single entries become <see cref="DiscoveryResult.Warnings"/>; only a bad request or a missing
/// search directory throws <see cref="DiscoveryException"/>.
/// </summary>
public static class FileDiscoverer
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="request"/>; the files come back in ordinal path order without duplicates.</summary>
    /// <exception cref="DiscoveryException">A directory is missing or not a directory, or the pattern or a regex is invalid.</exception>
    public static DiscoveryResult Discover(DiscoveryRequest request) => Discover(request, FileSystemDirectoryReader.Instance);

    internal static DiscoveryResult Discover(DiscoveryRequest request, IDirectoryReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Directories is null)
        {
            throw new DiscoveryException(DiscoveryErrorCodes.InvalidRequest, "No directories to search were given.", hint: "Set DiscoveryRequest.Directories.");
        }

        var filter = new EntryFilter(
            PathPattern.Compile(request.Pattern, request.Recursive), request.Extensions, request.IgnoreGlobs ?? [], request.MandatorySubstrings ?? []);
        var patterns = (request.ExtractionPatterns ?? []).Select(p => MetadataPattern.Parse(p, request.RegexTimeout)).ToArray();
        var roots = ResolveRoots(request.Directories);

        var paths = new List<string>();
        var warnings = new List<DiscoveryWarning>();
        foreach (var root in roots)
        {
            DirectoryWalker.Walk(root, filter, reader, paths, warnings);
        }

        paths.Sort(StringComparer.Ordinal);
        var files = new List<DiscoveredFile>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            // Overlapping roots (a directory and its parent) would otherwise report a file twice.
            if (i > 0 && string.Equals(paths[i], paths[i - 1], StringComparison.Ordinal))
            {
                continue;
            }

            if (Describe(paths[i], request, patterns, warnings) is { } file)
            {
                files.Add(file);
            }
        }

        return new DiscoveryResult(files, warnings);
    }

    /// <summary>The path with the latest modification time (ties: the ordinally first), or null for no paths. Missing files are ignored.</summary>
    public static string? GetLatestFile(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string? latest = null;
        var latestTime = DateTime.MinValue;
        foreach (var path in paths)
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                continue;
            }

            var time = info.LastWriteTimeUtc;
            if (latest is null || time > latestTime || (time == latestTime && string.CompareOrdinal(path, latest) < 0))
            {
                latest = path;
                latestTime = time;
            }
        }

        return latest;
    }

    private static List<string> ResolveRoots(IReadOnlyList<string> directories)
    {
        var roots = new List<string>(directories.Count);
        foreach (var directory in directories)
        {
            if (string.IsNullOrWhiteSpace(directory))
            {
                throw new DiscoveryException(DiscoveryErrorCodes.InvalidRequest, "A directory to search is empty.", hint: "Pass existing directory paths.");
            }

            var full = Path.GetFullPath(directory);
            if (full.Length > 1)
            {
                full = Path.TrimEndingDirectorySeparator(full);
            }

            if (File.Exists(full))
            {
                throw new DiscoveryException(DiscoveryErrorCodes.NotADirectory, "The path to search is a file, not a directory.", full, "Pass the directory that contains the files.");
            }

            if (!Directory.Exists(full))
            {
                throw new DiscoveryException(
                    DiscoveryErrorCodes.DirectoryNotFound,
                    "The directory to search does not exist.",
                    full,
                    "Check the base directory (argument, project.directories.major_data_directory or FLYRIGLOADER_DATA_DIR) and that the data volume is mounted.");
            }

            if (!roots.Contains(full, StringComparer.Ordinal))
            {
                roots.Add(full);
            }
        }

        return roots;
    }

    private static DiscoveredFile? Describe(string path, DiscoveryRequest request, MetadataPattern[] patterns, List<DiscoveryWarning> warnings)
    {
        var metadata = patterns.Length == 0 ? NoMetadata : MetadataExtractor.Extract(path, patterns, warnings);
        var date = request.ParseDates ? FileDateParser.Parse(path, metadata) : null;
        FileStats? stats = null;
        if (request.IncludeStats)
        {
            stats = FileStatsReader.TryRead(path, warnings);
            if (stats is null)
            {
                return null;
            }
        }

        return new DiscoveredFile(path, metadata, date, stats);
    }
}
