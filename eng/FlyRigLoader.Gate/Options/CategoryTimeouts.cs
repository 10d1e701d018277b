using System.Globalization;

namespace FlyRigLoader.Gate.Options;

/// <summary>
/// The value of <c>--category-timeout</c>: seconds every selected category adds to the run's deadline, and per-category
/// values in place of it. The suite guide gives each category its own <c>timeout_seconds</c> (1,800 in its template), so
/// <c>--category-timeout=discovery=3600</c> raises one category's share and <c>1200,memory=3600</c> sets the rest too.
/// </summary>
/// <param name="DefaultSeconds">Seconds for a category without its own value, or null for the guide's 1,800.</param>
/// <param name="PerCategory">Seconds per named category (a category id of <see cref="KnownOptions.Categories"/>, not <c>all</c>).</param>
internal sealed record CategoryTimeouts(int? DefaultSeconds, IReadOnlyDictionary<string, int> PerCategory)
{
    /// <summary>What the option accepts, for error messages.</summary>
    public const string Usage = "<seconds> or <category>=<seconds> pairs, comma-separated (e.g. 1800,discovery=3600)";

    /// <summary>Reads the option's text; null when any item is malformed, names an unknown category, or repeats one.</summary>
    public static CategoryTimeouts? Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int? fallback = null;
        var per = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = value.Split(',', StringSplitOptions.TrimEntries);
        foreach (var item in items)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                if (fallback is not null || Seconds(item) is not { } seconds)
                {
                    return null;
                }

                fallback = seconds;
                continue;
            }

            var category = item[..equals].Trim().ToLowerInvariant();
            if (category == "all" || !KnownOptions.Categories.Contains(category, StringComparer.Ordinal)
                || Seconds(item[(equals + 1)..].Trim()) is not { } own || !per.TryAdd(category, own))
            {
                return null;
            }
        }

        return new CategoryTimeouts(fallback, per);
    }

    /// <summary>Seconds the category adds to the deadline.</summary>
    public int SecondsFor(string category) =>
        PerCategory.TryGetValue(category, out var own) ? own : DefaultSeconds ?? BuildOptions.DefaultCategoryTimeoutSeconds;

    private static int? Seconds(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
