using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A packed list's items apart from where the list starts: their values, styles, and lines and columns as offsets from
/// the first item. Lists of the same shape (the vial list <c>[1, 2, 3]</c> recurs thousands of times in a large config)
/// share one instance per load through <see cref="YScalarShapes"/>.
/// </summary>
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

    public int[] LineOffsets { get; }

    public int[] ColumnOffsets { get; }

    public ScalarStyle[] Styles { get; }
}
