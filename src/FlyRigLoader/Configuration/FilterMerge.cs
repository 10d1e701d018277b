namespace FlyRigLoader.Configuration;

/// <summary>The pure merge rules of §1.3: how project, experiment and dataset filter lists combine.</summary>
public static class FilterMerge
{
    /// <summary>
    /// Turns a config ignore substring into a basename glob: kept as is when it already has <c>*</c> or <c>?</c>;
    /// <c>._</c> → <c>*._*</c>; a leading-dot entry <c>.xxx</c> → <c>.xxx*</c>; anything else <c>xxx</c> → <c>*xxx*</c>.
    /// </summary>
    public static string ToIgnoreGlob(string substring)
    {
        ArgumentNullException.ThrowIfNull(substring);
        if (substring.Contains('*', StringComparison.Ordinal) || substring.Contains('?', StringComparison.Ordinal))
        {
            return substring;
        }

        if (substring == "._")
        {
            return "*._*";
        }

        return substring.StartsWith('.') ? substring + "*" : "*" + substring + "*";
    }

    /// <summary>Project ignore substrings followed by the experiment's, as globs, first occurrence kept.</summary>
    public static IReadOnlyList<string> IgnoreGlobs(IReadOnlyList<string> project, IReadOnlyList<string> experiment) =>
        Distinct(project.Concat(experiment).Select(ToIgnoreGlob));

    /// <summary>Project mandatory substrings followed by the experiment's, first occurrence kept (OR semantics make order irrelevant).</summary>
    public static IReadOnlyList<string> MandatorySubstrings(IReadOnlyList<string> project, IReadOnlyList<string> experiment) =>
        Distinct(project.Concat(experiment));

    /// <summary>
    /// Concatenates pattern lists lowest precedence first (folder_parsing → project → experiment → dataset) and removes
    /// repeats, keeping the first occurrence. Discovery applies the result in order with later groups overwriting earlier
    /// ones, so a dataset's own patterns win over the experiment's, which win over the project's.
    /// </summary>
    public static IReadOnlyList<string> ExtractionPatterns(params IReadOnlyList<string>[] levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return Distinct(levels.SelectMany(level => level));
    }

    /// <summary>
    /// Cleans a filter list as the schema requires: entries are trimmed and blanks dropped.
    /// </summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string?> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var result = new List<string>();
        foreach (var entry in entries)
        {
            var trimmed = entry?.Trim();
            if (!string.IsNullOrEmpty(trimmed))
            {
                result.Add(trimmed);
            }
        }

        return result;
    }

    private static string[] Distinct(IEnumerable<string> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var item in items)
        {
            if (seen.Add(item))
            {
                result.Add(item);
            }
        }

        return [.. result];
    }
}
