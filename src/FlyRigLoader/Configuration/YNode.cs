using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>A YAML node with its 1-based start position.</summary>
internal sealed class YNode
{
    public YNode(YKind kind, Mark start)
        : this(kind, (int)start.Line, (int)start.Column)
    {
    }

    public YNode(YKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public YKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    public string Value { get; init; } = string.Empty;

    public ScalarStyle Style { get; init; }

    public string? Tag { get; init; }

    public List<YNode>? Items { get; init; }

    public List<KeyValuePair<YNode, YNode>>? Pairs { get; init; }
}
