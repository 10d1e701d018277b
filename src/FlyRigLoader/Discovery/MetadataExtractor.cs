using System.Text.RegularExpressions;

namespace FlyRigLoader.Discovery;

/// <summary>Applies extraction patterns to one path (regex search, not full match) and merges their groups, later patterns winning.</summary>
internal static class MetadataExtractor
{
    public static Dictionary<string, string> Extract(string path, IReadOnlyList<MetadataPattern> patterns, List<DiscoveryWarning> warnings)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            var input = pattern.Pattern.SelectInput(path);
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
}
