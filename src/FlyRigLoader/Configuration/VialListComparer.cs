namespace FlyRigLoader.Configuration;

/// <summary>
/// Structural equality for vial arrays, so a load can share one array among identical vial lists. The span form lets
/// the reader look a freshly parsed list up in a scratch buffer and allocate an array only for a list not seen before.
/// </summary>
internal sealed class VialListComparer : IEqualityComparer<int[]>, IAlternateEqualityComparer<ReadOnlySpan<int>, int[]>
{
    public static VialListComparer Instance { get; } = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<int> alternate, int[] other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<int> alternate)
    {
        var hash = default(HashCode);
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(alternate));
        return hash.ToHashCode();
    }

    public int[] Create(ReadOnlySpan<int> alternate) => alternate.ToArray();
}
