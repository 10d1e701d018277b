using FlyRigLoader.Configuration;
using YamlDotNet.Core;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>One shape per distinct packed list: equal items share, any difference (value, position, style) does not.</summary>
public sealed class YScalarShapesTests
{
    private static readonly string One = "1";
    private static readonly string Two = "2";

    [Fact]
    public void Equal_lists_share_one_shape()
    {
        var shapes = new YScalarShapes();

        var first = Intern(shapes, [One, Two], [0, 0], [0, 3]);
        var second = Intern(shapes, [One, Two], [0, 0], [0, 3]);

        Assert.Same(first, second);
        Assert.Equal(1, shapes.Count);
    }

    [Fact]
    public void A_difference_in_values_lines_columns_or_styles_makes_another_shape()
    {
        var shapes = new YScalarShapes();
        var basis = Intern(shapes, [One, Two], [0, 0], [0, 3]);

        Assert.NotSame(basis, Intern(shapes, [Two, One], [0, 0], [0, 3]));
        Assert.NotSame(basis, Intern(shapes, [One, Two], [0, 1], [0, 3]));
        Assert.NotSame(basis, Intern(shapes, [One, Two], [0, 0], [0, 4]));
        Assert.NotSame(basis, shapes.Intern([One, Two], [0, 0], [0, 3], [ScalarStyle.Plain, ScalarStyle.DoubleQuoted]));
        Assert.Equal(5, shapes.Count);
    }

    [Fact]
    public void Hundreds_of_distinct_shapes_each_stay_findable_as_the_table_grows()
    {
        var shapes = new YScalarShapes();
        var first = Enumerable.Range(0, 300).Select(i => Intern(shapes, [One, Two], [0, 0], [0, i])).ToList();

        var again = Enumerable.Range(0, 300).Select(i => Intern(shapes, [One, Two], [0, 0], [0, i])).ToList();

        Assert.Equal(300, shapes.Count);
        Assert.All(Enumerable.Range(0, 300), i => Assert.Same(first[i], again[i]));
        Assert.Equal(300, first.Distinct().Count());
    }

    [Fact]
    public void Values_compare_by_reference_so_an_unpooled_copy_gets_its_own_shape()
    {
        var shapes = new YScalarShapes();
        var copy = new string(One.AsSpan());

        Assert.NotSame(Intern(shapes, [One], [0], [0]), Intern(shapes, [copy], [0], [0]));
    }

    [Fact]
    public void The_interned_shape_does_not_alias_the_scratch_buffers()
    {
        var shapes = new YScalarShapes();
        string[] values = [One, Two];
        int[] columns = [0, 3];

        var shape = shapes.Intern(values, [0, 0], columns, [ScalarStyle.Plain, ScalarStyle.Plain]);
        values[0] = Two;
        columns[1] = 9;

        Assert.Equal([One, Two], shape.Values);
        Assert.Equal([0, 3], shape.ColumnOffsets);
    }

    [Fact]
    public void A_list_places_its_shape_at_its_first_item()
    {
        var shapes = new YScalarShapes();
        var list = new YScalarList(shapes.Intern([One, Two], [0, 1], [0, 2], [ScalarStyle.Plain, ScalarStyle.SingleQuoted]), line: 7, column: 5);

        Assert.Equal(2, list.Count);
        Assert.Equal(["7:5 Plain 1", "8:7 SingleQuoted 2"], list.Select(n => $"{n.Line}:{n.Column} {n.Style} {n.Value}"));
        Assert.Equal(YKind.Scalar, list[1].Kind);
        Assert.Null(list[1].Tag);
    }

    private static YScalarShape Intern(YScalarShapes shapes, string[] values, int[] lines, int[] columns) =>
        shapes.Intern(values, lines, columns, [.. values.Select(_ => ScalarStyle.Plain)]);
}
