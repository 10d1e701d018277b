using System.Globalization;
using System.Text.RegularExpressions;

namespace FlyRigLoader.Discovery;

/// <summary>
/// The date of a file: <c>metadata["date"]</c> when present, otherwise the first of <c>\d{8}</c>, <c>\d{4}-\d{2}-\d{2}</c>,
/// <c>\d{2}-\d{2}-\d{4}</c> in the file name that parses as <c>yyyyMMdd</c>, <c>yyyy-MM-dd</c>, <c>MM-dd-yyyy</c> or
/// <c>yyyyMMdd_HHmmss</c>.
/// </summary>
internal static partial class FileDateParser
{
    private static readonly string[] Formats = ["yyyyMMdd", "yyyy-MM-dd", "MM-dd-yyyy", "yyyyMMdd_HHmmss"];

    public static DateTime? Parse(string path, IReadOnlyDictionary<string, string> metadata)
    {
        if (metadata.TryGetValue("date", out var date))
        {
            return TryParse(date);
        }

        var name = Path.GetFileName(path);
        foreach (var regex in (ReadOnlySpan<Regex>)[Compact(), Iso(), UsDashed()])
        {
            var match = regex.Match(name);
            if (match.Success && TryParse(match.Value) is { } parsed)
            {
                return parsed;
            }
        }

        return null;
    }

    internal static DateTime? TryParse(string text) =>
        DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    [GeneratedRegex(@"\d{8}", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\d{2}-\d{2}-\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex UsDashed();
}
