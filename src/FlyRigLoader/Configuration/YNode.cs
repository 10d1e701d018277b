using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>A YAML node with its 1-based start position.</summary>
internal sealed class YNode(YKind kind, Mark start)
{
    public YKind Kind { get; } = kind;

    public int Line { get; } = (int)start.Line;

    public int Column { get; } = (int)start.Column;

    public string Value { get; init; } = string.Empty;

    public ScalarStyle Style { get; init; }

    public string? Tag { get; init; }

    public List<YNode>? Items { get; init; }

    public List<KeyValuePair<YNode, YNode>>? Pairs { get; init; }
}
