using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FlyRigLoader.Transformation;

/// <summary>
/// YAML core-schema resolution of scalars (what PyYAML's safe_load does for the values a column config uses):
/// plain <c>null</c>/<c>~</c>/empty → null, <c>true</c>/<c>false</c> → bool, integers → long, floats → double;
/// quoted scalars stay strings.
/// </summary>
internal static class YamlScalars
{
    public static bool IsNull(YamlScalarNode node) => node.Style == ScalarStyle.Plain && IsNullText(node.Value);

    public static object? Resolve(YamlScalarNode node)
    {
        var text = node.Value ?? string.Empty;
        if (node.Style != ScalarStyle.Plain)
        {
            return text;
        }

        if (IsNullText(text))
        {
            return null;
        }

        switch (text)
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            case ".nan" or ".NaN" or ".NAN":
                return double.NaN;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return double.PositiveInfinity;
            case "-.inf" or "-.Inf" or "-.INF":
                return double.NegativeInfinity;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (LooksNumeric(text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        return text;
    }

    private static bool IsNullText(string? text) => text is null or "" or "~" or "null" or "Null" or "NULL";

    // double.TryParse also accepts "Infinity" and "NaN"; YAML spells those .inf/.nan and treats the words as strings.
    private static bool LooksNumeric(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.') && text.Any(char.IsAsciiDigit);
}
