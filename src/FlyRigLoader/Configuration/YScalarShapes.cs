using System.Runtime.CompilerServices;
using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>
/// The shapes of one parse's packed lists, each kept once: a list looks its shape up from the parser's scratch spans,
/// so only a shape not seen before allocates. Values compare by reference: the parser pools short scalars, so equal
/// vial numbers are one string, and a longer scalar (not pooled) only costs its list a shape of its own.
/// </summary>
internal sealed class YScalarShapes
{
    private readonly Dictionary<YScalarShape, YScalarShape> _shapes = new(Comparer.Instance);
    private readonly Dictionary<YScalarShape, YScalarShape>.AlternateLookup<Probe> _lookup;

    public YScalarShapes() => _lookup = _shapes.GetAlternateLookup<Probe>();

    /// <summary>How many distinct shapes were seen.</summary>
    public int Count => _shapes.Count;

    /// <summary>The shared shape with these items (spans of equal length).</summary>
    public YScalarShape Intern(ReadOnlySpan<string> values, ReadOnlySpan<int> lineOffsets, ReadOnlySpan<int> columnOffsets, ReadOnlySpan<ScalarStyle> styles)
    {
        var probe = new Probe(values, lineOffsets, columnOffsets, styles);
        if (!_lookup.TryGetValue(probe, out var shape))
        {
            shape = new YScalarShape(values.ToArray(), lineOffsets.ToArray(), columnOffsets.ToArray(), styles.ToArray());
            _shapes.Add(shape, shape);
        }

        return shape;
    }

    /// <summary>A shape still in scratch buffers.</summary>
    internal readonly ref struct Probe(ReadOnlySpan<string> values, ReadOnlySpan<int> lineOffsets, ReadOnlySpan<int> columnOffsets, ReadOnlySpan<ScalarStyle> styles)
    {
        public ReadOnlySpan<string> Values { get; } = values;

        public ReadOnlySpan<int> LineOffsets { get; } = lineOffsets;

        public ReadOnlySpan<int> ColumnOffsets { get; } = columnOffsets;

        public ReadOnlySpan<ScalarStyle> Styles { get; } = styles;
    }

    private sealed class Comparer : IEqualityComparer<YScalarShape>, IAlternateEqualityComparer<Probe, YScalarShape>
    {
        public static Comparer Instance { get; } = new();

        public bool Equals(YScalarShape? x, YScalarShape? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Equals(Of(x), y));

        public int GetHashCode(YScalarShape obj) => GetHashCode(Of(obj));

        public bool Equals(Probe alternate, YScalarShape other) =>
            alternate.Values.SequenceEqual(other.Values, ReferenceEqualityComparer.Instance)
            && alternate.LineOffsets.SequenceEqual(other.LineOffsets)
            && alternate.ColumnOffsets.SequenceEqual(other.ColumnOffsets)
            && alternate.Styles.SequenceEqual(other.Styles);

        // Values and column offsets tell nearly every shape apart; lines and styles are left to Equals.
        public int GetHashCode(Probe alternate)
        {
            var hash = default(HashCode);
            foreach (var value in alternate.Values)
            {
                hash.Add(RuntimeHelpers.GetHashCode(value));
            }

            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(alternate.ColumnOffsets));
            return hash.ToHashCode();
        }

        public YScalarShape Create(Probe alternate) =>
            new(alternate.Values.ToArray(), alternate.LineOffsets.ToArray(), alternate.ColumnOffsets.ToArray(), alternate.Styles.ToArray());

        private static Probe Of(YScalarShape shape) => new(shape.Values, shape.LineOffsets, shape.ColumnOffsets, shape.Styles);
    }
}
