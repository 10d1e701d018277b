using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A packed list's items apart from where the list starts: their values, styles, and lines and columns as offsets from
/// the first item. Lists of the same shape (the vial list <c>[1, 2, 3]</c> recurs thousands of times in a large config)
/// share one instance per load through <see cref="YScalarShapes"/>.
/// </summary>
/// <remarks>
/// An array that would hold only its default (every item on the first line, in the first column, plain) is empty, so a
/// shape seen once (most lists of a small config) costs its values and at most one more array.
/// </remarks>
internal sealed class YScalarShape
{
    public YScalarShape(string[] values, int[] lineOffsets, int[] columnOffsets, ScalarStyle[] styles)
    {
        Values = values;
        LineOffsets = lineOffsets;
        ColumnOffsets = columnOffsets;
        Styles = styles;
    }

    public string[] Values { get; }

    /// <summary>Each item's line minus the first item's; empty when all are on its line.</summary>
    public int[] LineOffsets { get; }

    /// <summary>Each item's column minus the first item's; empty when all are in its column.</summary>
    public int[] ColumnOffsets { get; }

    /// <summary>Each item's style; empty when all are plain.</summary>
    public ScalarStyle[] Styles { get; }

    public int LineOffset(int index) => LineOffsets.Length == 0 ? 0 : LineOffsets[index];

    public int ColumnOffset(int index) => ColumnOffsets.Length == 0 ? 0 : ColumnOffsets[index];

    public ScalarStyle Style(int index) => Styles.Length == 0 ? ScalarStyle.Plain : Styles[index];
}
