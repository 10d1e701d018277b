using System.Text;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Benchmarks.Data;

/// <summary>
/// Rewrites a generated config the way PyYAML's <c>yaml.safe_dump</c> writes the same data with its defaults: keys
/// sorted, block mappings indented by two, lists one item a line (indentless under a key), <c>[]</c>/<c>{}</c> for
/// empty collections, and strings single-quoted only where a plain scalar would read as another type (so date keys
/// become <c>'2024-01-09':</c>). The most common machine-written config style, for the loader's large-config benchmark.
/// </summary>
/// <remarks>
/// Numbers, booleans and nulls keep their text; PyYAML would print floats through repr ("0.0650" as "0.065"), which
/// reads back to the same value. Long strings are not wrapped at 80 columns (the generated ones are short).
/// </remarks>
public static class PyYamlConfigWriter
{
    /// <summary>Writer version; bump it when the output changes so cached files are regenerated.</summary>
    public const int Version = 1;

    private static readonly HashSet<string> ResolvingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    };

    /// <summary>The config in <paramref name="yaml"/> (one document with a mapping at its root) in PyYAML's default style.</summary>
    public static string Rewrite(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        using var reader = new StringReader(yaml);
        var root = YamlTree.Parse(reader, "<generated>").Root;
        if (root?.Kind != YKind.Mapping)
        {
            throw new ArgumentException("the config's root must be a mapping", nameof(yaml));
        }

        var sb = new StringBuilder(yaml.Length * 2);
        Mapping(sb, root, 0);
        return sb.ToString();
    }

    private static void Mapping(StringBuilder sb, YNode mapping, int indent)
    {
        var first = true;
        foreach (var (key, value) in mapping.Pairs!.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            // The first entry of a mapping inside a list item continues the "- " line.
            if (!first || indent == 0 || sb[^1] == '\n')
            {
                sb.Append(' ', indent);
            }

            first = false;
            sb.Append(Scalar(key)).Append(':');
            Value(sb, value, indent, indentlessSequence: true);
        }
    }

    private static void Value(StringBuilder sb, YNode value, int indent, bool indentlessSequence)
    {
        switch (value.Kind)
        {
            case YKind.Scalar:
                sb.Append(' ').Append(Scalar(value)).Append('\n');
                break;
            case YKind.Sequence when value.Items!.Count == 0:
                sb.Append(" []\n");
                break;
            case YKind.Mapping when value.Pairs!.Count == 0:
                sb.Append(" {}\n");
                break;
            case YKind.Sequence:
                sb.Append('\n');
                Sequence(sb, value, indentlessSequence ? indent : indent + 2);
                break;
            default:
                sb.Append('\n');
                Mapping(sb, value, indent + 2);
                break;
        }
    }

    private static void Sequence(StringBuilder sb, YNode sequence, int indent)
    {
        foreach (var item in sequence.Items!)
        {
            sb.Append(' ', indent).Append('-');
            if (item.Kind == YKind.Mapping && item.Pairs!.Count > 0)
            {
                sb.Append(' ');
                Mapping(sb, item, indent + 2);
            }
            else if (item.Kind == YKind.Sequence && item.Items!.Count > 0)
            {
                throw new NotSupportedException("generated configs hold no lists of lists");
            }
            else
            {
                Value(sb, item, indent, indentlessSequence: false);
            }
        }
    }

    private static string Scalar(YNode node)
    {
        var text = node.Value;
        if (node.Style == YamlDotNet.Core.ScalarStyle.Plain || !NeedsQuotes(text))
        {
            return text;
        }

        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    // A string PyYAML cannot write plain: it would read back as another type or as YAML syntax.
    private static bool NeedsQuotes(string text) =>
        text.Length == 0
        || text[0] is ' ' or '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`'
        || text[^1] is ' ' or ':'
        || char.IsAsciiDigit(text[0])
        || (text.Length > 1 && text[0] is '+' or '.' && char.IsAsciiDigit(text[1]))
        || text.Contains(": ", StringComparison.Ordinal)
        || text.Contains(" #", StringComparison.Ordinal)
        || text.Contains('\n', StringComparison.Ordinal)
        || ResolvingWords.Contains(text);
}
