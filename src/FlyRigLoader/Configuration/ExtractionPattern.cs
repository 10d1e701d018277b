using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A metadata extraction regex from the config, compiled once: an optional target prefix (<c>filename::</c>,
/// <c>parent::</c>, <c>parts[N]::</c>) and the regex, which discovery applies with search semantics.
/// </summary>
/// <param name="Source">The pattern exactly as written in the config (the de-duplication key).</param>
/// <param name="Target">What part of the path the regex is matched against.</param>
/// <param name="PartIndex">For <see cref="PatternTarget.Part"/>, the part index (negative counts from the end); otherwise 0.</param>
/// <param name="Regex">The compiled .NET regex (Python group syntax already translated).</param>
public sealed record ExtractionPattern(string Source, PatternTarget Target, int PartIndex, Regex Regex)
{
    private const int CacheLimit = 4096;
    private static readonly ConcurrentDictionary<string, ExtractionPattern> Cache = new(StringComparer.Ordinal);

    /// <summary>Names of the regex's named groups, in pattern order (empty for a regex without named groups).</summary>
    public IReadOnlyList<string> GroupNames { get; } = NamedGroups(Regex);

    /// <summary>Parses and compiles <paramref name="source"/>; results are cached process-wide, so repeated configs pay once.</summary>
    /// <exception cref="ArgumentException">The prefix or the regex is invalid; the message says why.</exception>
    public static ExtractionPattern Parse(string source) =>
        TryParse(source, out var pattern, out var error) ? pattern : throw new ArgumentException(error, nameof(source));

    /// <summary>Parses and compiles <paramref name="source"/>, returning false with a reason instead of throwing.</summary>
    public static bool TryParse(string source, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExtractionPattern? pattern, out string error)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Cache.TryGetValue(source, out pattern))
        {
            error = string.Empty;
            return true;
        }

        if (!TrySplitTarget(source, out var target, out var index, out var body, out error))
        {
            return false;
        }

        if (body.Length == 0)
        {
            error = "pattern is empty";
            return false;
        }

        Regex regex;
        try
        {
            regex = new Regex(PythonRegex.ToDotNet(body), RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            pattern = null;
            error = $"regex does not compile: {ex.Message}";
            return false;
        }

        pattern = new ExtractionPattern(source, target, index, regex);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(source, pattern);
        }

        error = string.Empty;
        return true;
    }

    /// <summary>
    /// The string this pattern is matched against for <paramref name="path"/>, or null when a <c>parts[N]</c> index is out of range.
    /// Parts follow Python's <c>Path.parts</c>: a rooted path's root (<c>/</c>) is part 0.
    /// </summary>
    public string? SelectInput(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (Target)
        {
            case PatternTarget.FileName:
                return System.IO.Path.GetFileName(path.TrimEnd('/', '\\'));
            case PatternTarget.Parent:
                return System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path.TrimEnd('/', '\\')) ?? string.Empty);
            case PatternTarget.Part:
                var parts = PathParts(path);
                var i = PartIndex < 0 ? parts.Count + PartIndex : PartIndex;
                return i >= 0 && i < parts.Count ? parts[i] : null;
            default:
                return path;
        }
    }

    private static List<string> PathParts(string path)
    {
        var parts = new List<string>();
        var root = System.IO.Path.GetPathRoot(path);
        var rest = path;
        if (!string.IsNullOrEmpty(root))
        {
            parts.Add(root);
            rest = path[root.Length..];
        }

        foreach (var part in rest.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part != ".")
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    private static bool TrySplitTarget(string source, out PatternTarget target, out int index, out string body, out string error)
    {
        target = PatternTarget.FullPath;
        index = 0;
        body = source;
        error = string.Empty;
        if (source.StartsWith("filename::", StringComparison.Ordinal))
        {
            target = PatternTarget.FileName;
            body = source["filename::".Length..];
        }
        else if (source.StartsWith("parent::", StringComparison.Ordinal))
        {
            target = PatternTarget.Parent;
            body = source["parent::".Length..];
        }
        else if (source.StartsWith("parts[", StringComparison.Ordinal))
        {
            var close = source.IndexOf("]::", StringComparison.Ordinal);
            if (close < 0 || !int.TryParse(source.AsSpan(6, close - 6), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index))
            {
                error = "a parts[N]:: prefix needs an integer N, e.g. parts[-2]::(?P<date>\\d{8})";
                return false;
            }

            target = PatternTarget.Part;
            body = source[(close + 3)..];
        }

        return true;
    }

    private static string[] NamedGroups(Regex regex) =>
        [.. regex.GetGroupNames().Where(name => !int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _))];
}
