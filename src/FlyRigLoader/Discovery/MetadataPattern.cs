using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Discovery;

/// <summary>A parsed extraction pattern: target prefix, compiled regex, and the group names that become metadata keys.</summary>
internal sealed class MetadataPattern
{
    private const int CacheLimit = 512;

    // Compiling a regex costs far more than one discovery run's matching; configs reuse the same few patterns.
    private static readonly ConcurrentDictionary<(string, TimeSpan), Regex> Cache = new();

    private MetadataPattern(string source, MetadataTarget target, int partIndex, Regex regex)
    {
        Source = source;
        Target = target;
        PartIndex = partIndex;
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

    public string Source { get; }

    public MetadataTarget Target { get; }

    public int PartIndex { get; }

    public Regex Regex { get; }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<int> GroupNumbers { get; }

    /// <summary>Parses <c>[filename::|parent::|parts[N]::]regex</c>.</summary>
    public static MetadataPattern Parse(string pattern, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var target = MetadataTarget.FullPath;
        var partIndex = 0;
        var body = pattern;
        if (body.StartsWith("filename::", StringComparison.Ordinal))
        {
            target = MetadataTarget.FileName;
            body = body["filename::".Length..];
        }
        else if (body.StartsWith("parent::", StringComparison.Ordinal))
        {
            target = MetadataTarget.Parent;
            body = body["parent::".Length..];
        }
        else if (body.StartsWith("parts[", StringComparison.Ordinal))
        {
            var close = body.IndexOf("]::", StringComparison.Ordinal);
            if (close < 0 || !int.TryParse(body.AsSpan(6, close - 6), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out partIndex))
            {
                throw Invalid(pattern, "the 'parts[N]::' prefix needs an integer N", null);
            }

            target = MetadataTarget.Part;
            body = body[(close + 3)..];
        }

        return new MetadataPattern(pattern, target, partIndex, Compile(pattern, body, timeout));
    }

    private static Regex Compile(string pattern, string body, TimeSpan timeout)
    {
        if (Cache.TryGetValue((body, timeout), out var cached))
        {
            return cached;
        }

        Regex regex;
        try
        {
            regex = new Regex(PythonRegex.ToDotNet(body), RegexOptions.Compiled | RegexOptions.CultureInvariant, timeout);
        }
        catch (ArgumentException ex)
        {
            throw Invalid(pattern, ex.Message, ex);
        }

        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }

        Cache[(body, timeout)] = regex;
        return regex;
    }

    private static DiscoveryException Invalid(string pattern, string why, Exception? inner) =>
        new(DiscoveryErrorCodes.InvalidRegex, $"Invalid extraction pattern '{pattern}': {why}", hint: "Use a regex with named groups, e.g. '(?P<date>\\d{8})', optionally prefixed by 'filename::', 'parent::' or 'parts[-2]::'.", inner: inner);
}
