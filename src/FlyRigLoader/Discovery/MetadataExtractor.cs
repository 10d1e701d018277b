using System.Text.RegularExpressions;

namespace FlyRigLoader.Discovery;

/// <summary>Applies extraction patterns to one path (regex search, not full match) and merges their groups, later patterns winning.</summary>
internal static class MetadataExtractor
{
    public static Dictionary<string, string> Extract(string path, IReadOnlyList<MetadataPattern> patterns, List<DiscoveryWarning> warnings)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        string[]? parts = null;
        foreach (var pattern in patterns)
        {
            string? input = pattern.Target switch
            {
                MetadataTarget.FileName => Path.GetFileName(path),
                MetadataTarget.Parent => Path.GetFileName(Path.GetDirectoryName(path)) ?? string.Empty,
                MetadataTarget.Part => PartAt(parts ??= SplitParts(path), pattern.PartIndex),
                _ => path,
            };
            if (input is null)
            {
                continue;
            }

            Match match;
            try
            {
                match = pattern.Regex.Match(input);
            }
            catch (RegexMatchTimeoutException)
            {
                warnings.Add(new DiscoveryWarning(
                    DiscoveryErrorCodes.RegexTimeout, path, $"Extraction pattern '{pattern.Source}' exceeded its time budget; skipped for this file."));
                continue;
            }

            if (!match.Success)
            {
                continue;
            }

            for (var i = 0; i < pattern.Keys.Count; i++)
            {
                var group = match.Groups[pattern.GroupNumbers[i]];

                // Python would store None for a group that did not take part; leaving it out keeps earlier values and string-only metadata.
                if (group.Success)
                {
                    metadata[pattern.Keys[i]] = group.Value;
                }
            }
        }

        return metadata;
    }

    /// <summary>Path parts as Python's <c>PurePath.parts</c>: the root (e.g. <c>/</c>) first, then each name.</summary>
    internal static string[] SplitParts(string path)
    {
        var root = Path.GetPathRoot(path) ?? string.Empty;
        var names = path[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        return root.Length == 0 ? names : [root, .. names];
    }

    private static string? PartAt(string[] parts, int index)
    {
        var i = index < 0 ? parts.Length + index : index;
        return i >= 0 && i < parts.Length ? parts[i] : null;
    }
}
