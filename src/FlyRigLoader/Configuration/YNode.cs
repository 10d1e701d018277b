using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>A YAML node with its 1-based start position.</summary>
/// <remarks>
/// A large config has over half a million nodes (one per vial number), so the node is kept small: kind and style are
/// bytes, and one field holds whichever of items, pairs or tag the kind can have (48 bytes instead of 64).
/// </remarks>
internal sealed class YNode
{
    // Not readonly: the fast parser recycles the item nodes of a list it packed (see Recycle).
    private object? _children;
    private byte _kind;
    private byte _style;
    private string _value = string.Empty;

    public YNode(YKind kind, Mark start)
        : this(kind, (int)start.Line, (int)start.Column)
    {
    }

    public YNode(YKind kind, int line, int column)
    {
        _kind = (byte)kind;
        Line = line;
        Column = column;
    }

    public YKind Kind => (YKind)_kind;

    public int Line { get; private set; }

    public int Column { get; private set; }

    public string Value
    {
        get => _value;
        init => _value = value;
    }

    public ScalarStyle Style
    {
        get => (ScalarStyle)_style;
        init => _style = (byte)value;
    }

    /// <summary>A scalar's tag; null when untagged (collections never carry one here).</summary>
    public string? Tag
    {
        get => _children as string;
        init => _children = Kind == YKind.Scalar ? value : throw new InvalidOperationException("only scalars keep a tag");
    }

    /// <summary>A sequence's items: a <see cref="YScalarList"/> when the fast parser packed them (large texts), else the nodes.</summary>
    public IReadOnlyList<YNode>? Items
    {
        get => _children as IReadOnlyList<YNode>;
        init => _children = Kind == YKind.Sequence ? value : throw new InvalidOperationException("only sequences have items");
    }

    public List<KeyValuePair<YNode, YNode>>? Pairs
    {
        get => _children as List<KeyValuePair<YNode, YNode>>;
        init => _children = Kind == YKind.Mapping ? value : throw new InvalidOperationException("only mappings have pairs");
    }

    /// <summary>
    /// Makes this node a new untagged scalar. Only for a node nothing refers to any more: the item nodes of a list the fast
    /// parser packed, which a large config would otherwise allocate and drop by the hundred thousand.
    /// </summary>
    internal void Recycle(int line, int column, string value, ScalarStyle style)
    {
        _kind = (byte)YKind.Scalar;
        _children = null;
        Line = line;
        Column = column;
        _value = value;
        _style = (byte)style;
    }
}
