using System.Collections;
using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>
/// The items of a sequence, in a large text, whose every item is a scalar no anchor names (a vial list, a list of
/// names): a shared <see cref="YScalarShape"/> placed at the first item's position, instead of a <see cref="YNode"/>
/// each (the fast parser builds the item nodes and drops them young). Readers of the hot paths take <see cref="Value"/> and <see cref="Style"/>; the indexer builds a node on demand
/// for the rare callers that need one (positions of findings).
/// </summary>
/// <remarks>
/// A large config has ~470,000 vial numbers in ~47,000 lists. As nodes they were 56 bytes each (node plus list slot),
/// over half of the 40 MB tree, all alive until the load ends: under the background GC, whose gen0 budget is a few
/// megabytes, every byte was copied into gen1 and again into gen2, and a gen2 collection ran for nearly every load.
/// Packed with shared shapes, a list is this one 32-byte object.
/// </remarks>
internal sealed class YScalarList : IReadOnlyList<YNode>
{
    private readonly YScalarShape _shape;
    private readonly int _line;
    private readonly int _column;

    public YScalarList(YScalarShape shape, int line, int column)
    {
        _shape = shape;
        _line = line;
        _column = column;
    }

    /// <inheritdoc />
    public int Count => _shape.Values.Length;

    /// <summary>The shape, shared with every list of the same parse that has the same items.</summary>
    internal YScalarShape Shape => _shape;

    /// <summary>The item at <paramref name="index"/> as a node of its own (a new one per call: compare positions, not references).</summary>
    public YNode this[int index] =>
        new(YKind.Scalar, Line(index), Column(index)) { Value = Value(index), Style = Style(index) };

    /// <summary>The item's text.</summary>
    public string Value(int index) => _shape.Values[index];

    /// <summary>The item's style (items carry no tag).</summary>
    public ScalarStyle Style(int index) => _shape.Style(index);

    /// <summary>The item's 1-based line.</summary>
    public int Line(int index) => _line + _shape.LineOffset(index);

    /// <summary>The item's 1-based column.</summary>
    public int Column(int index) => _column + _shape.ColumnOffset(index);

    /// <inheritdoc />
    public IEnumerator<YNode> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
