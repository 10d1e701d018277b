using System.Globalization;
using System.Text;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>A parsed YAML document as text (kinds, positions, styles, values, expanded size), so two parsers' trees compare with one assert and a readable diff.</summary>
internal static class YamlTreeDump
{
    private const int MaxDepth = 64;

    public static string Of(YamlTree.Document document)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"documents={document.DocumentCount} expanded={document.ExpandedSize}\n");
        Node(sb, document.Root, 0);
        if (document.SecondRoot is { } second)
        {
            sb.Append("second:\n");
            Node(sb, second, 0);
        }

        foreach (var (key, name) in document.DuplicateKeys)
        {
            sb.Append(CultureInfo.InvariantCulture, $"duplicate {Escape(name)} at {key.Line}:{key.Column}\n");
        }

        return sb.ToString();
    }

    private static void Node(StringBuilder sb, YNode? node, int depth)
    {
        sb.Append(' ', depth * 2);
        if (node is null)
        {
            sb.Append("null\n");
            return;
        }

        if (depth > MaxDepth)
        {
            sb.Append("...\n");
            return;
        }

        sb.Append(CultureInfo.InvariantCulture, $"{node.Kind} {node.Line}:{node.Column}");
        switch (node.Kind)
        {
            case YKind.Scalar:
                sb.Append(CultureInfo.InvariantCulture, $" {node.Style} tag={node.Tag ?? "-"} {Escape(node.Value)}\n");
                break;
            case YKind.Sequence:
                sb.Append('\n');
                foreach (var item in node.Items!)
                {
                    Node(sb, item, depth + 1);
                }

                break;
            default:
                sb.Append('\n');
                foreach (var (key, value) in node.Pairs!)
                {
                    Node(sb, key, depth + 1);
                    Node(sb, value, depth + 2);
                }

                break;
        }
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }
}
