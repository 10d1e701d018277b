using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>
/// Resolves YAML scalars the way Python's <c>yaml.safe_load</c> (YAML 1.1) does, so a config means the same thing in
/// both implementations: <c>yes/no/on/off</c> are booleans, a float needs a dot, unquoted dates are dates.
/// </summary>
internal static partial class YamlScalars
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static bool IsNull(YNode node) =>
        node.Kind == YKind.Scalar && IsPlain(node) && IsNullText(node.Value);

    /// <summary>An untagged scalar (an item of a <see cref="YScalarList"/>) is null.</summary>
    public static bool IsNull(string value, ScalarStyle style) => IsPlain(style) && IsNullText(value);

    public static bool IsPlain(YNode scalar) => IsPlain(scalar.Style) && scalar.Tag is null;

    /// <summary>An untagged scalar of this style is plain.</summary>
    public static bool IsPlain(ScalarStyle style) => style is ScalarStyle.Plain or ScalarStyle.Any;

    /// <summary>An untagged scalar (an item of a <see cref="YScalarList"/>) as <see cref="Resolve(YNode)"/> resolves it.</summary>
    public static object? Resolve(string value, ScalarStyle style) => IsPlain(style) ? ResolvePlain(value) : value;

    public static object? Resolve(YNode scalar)
    {
        // A quoted or block scalar is a string, and so is anything tagged !!str or "!"; other tags resolve by content.
        if (IsPlain(scalar) || (scalar.Tag is not null && scalar.Tag != StringTag && scalar.Tag != "!"))
        {
            return ResolvePlain(scalar.Value);
        }

        return scalar.Value;
    }

    private static bool IsNullText(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    public static object? ResolvePlain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON":
                return true;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF":
                return false;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return double.PositiveInfinity;
            case "-.inf" or "-.Inf" or "-.INF":
                return double.NegativeInfinity;
            case ".nan" or ".NaN" or ".NAN":
                return double.NaN;
        }

        var first = text[0];
        if (!char.IsAsciiDigit(first) && first is not ('-' or '+' or '.'))
        {
            return text;
        }

        if (IntPattern().IsMatch(text))
        {
            var digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
            if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            return double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (HexPattern().IsMatch(text))
        {
            var negative = text[0] == '-';
            var hex = text.AsSpan(text.IndexOf('x', StringComparison.Ordinal) + 1).ToString().Replace("_", string.Empty, StringComparison.Ordinal);
            if (long.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                return negative ? -value : value;
            }
        }

        if (FloatPattern().IsMatch(text))
        {
            return double.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>
    /// A <c>dates_vials</c> key as a string: an unquoted YAML date (or timestamp) becomes <c>yyyy-MM-dd</c>;
    /// anything else keeps its text. Returns null with a reason when the key looks like a date but is not one.
    /// </summary>
    public static string? DateKey(YNode key, out string? error)
    {
        error = null;
        var text = key.Value;
        if (!IsPlain(key))
        {
            return text;
        }

        var match = TimestampPattern().Match(text);
        if (!match.Success)
        {
            return text;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || year < 1)
        {
            error = $"'{text}' is not a valid calendar date";
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
    }

    [GeneratedRegex(@"^[-+]?(?:0|[1-9][0-9_]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?0x[0-9a-fA-F_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    // PyYAML's timestamp resolver: a date, or a date-time whose month and day may have one digit.
    [GeneratedRegex(
        @"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$|^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();
}
