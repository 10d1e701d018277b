using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Discovery;

/// <summary>
/// An extraction pattern ready for the hot loop: the config's <see cref="ExtractionPattern"/> (target prefix, Python syntax
/// translated) recompiled with <see cref="RegexOptions.Compiled"/> and the request's time budget, plus its metadata keys.
/// </summary>
internal sealed class MetadataPattern
{
    private const int CacheLimit = 512;

    // Compiling costs far more than one run's matching; configs reuse the same few patterns, so keep them process-wide.
    private static readonly ConcurrentDictionary<(string, TimeSpan), Regex> Cache = new();

    private MetadataPattern(ExtractionPattern pattern, Regex regex)
    {
        Pattern = pattern;
        Regex = regex;
        var names = regex.GetGroupNames().Where(n => !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToArray();
        if (names.Length > 0)
        {
            Keys = names;
            GroupNumbers = [.. names.Select(regex.GroupNumberFromName)];
        }
        else
        {
            // Python's fallback for unnamed groups: group0, group1, … for groups 1, 2, …
            GroupNumbers = [.. regex.GetGroupNumbers().Where(n => n > 0)];
            Keys = [.. GroupNumbers.Select(n => "group" + (n - 1).ToString(CultureInfo.InvariantCulture))];
        }
    }

    public ExtractionPattern Pattern { get; }

    public string Source => Pattern.Source;

    public Regex Regex { get; }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<int> GroupNumbers { get; }

    /// <summary>Parses <c>[filename::|parent::|parts[N]::]regex</c> (Python group syntax accepted).</summary>
    public static MetadataPattern Parse(string source, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!ExtractionPattern.TryParse(source, out var pattern, out var error))
        {
            throw new DiscoveryException(
                DiscoveryErrorCodes.InvalidRegex,
                $"Invalid extraction pattern '{source}': {error}",
                hint: "Use a regex with named groups, e.g. '(?P<date>\\d{8})', optionally prefixed by 'filename::', 'parent::' or 'parts[-2]::'.");
        }

        var body = pattern.Regex.ToString();
        if (!Cache.TryGetValue((body, timeout), out var regex))
        {
            regex = new Regex(body, pattern.Regex.Options | RegexOptions.Compiled, timeout);
            if (Cache.Count >= CacheLimit)
            {
                Cache.Clear();
            }

            Cache[(body, timeout)] = regex;
        }

        return new MetadataPattern(pattern, regex);
    }
}
