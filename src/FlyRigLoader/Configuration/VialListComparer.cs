namespace FlyRigLoader.Configuration;

/// <summary>Structural equality for vial arrays, so a load can share one array among identical vial lists.</summary>
internal sealed class VialListComparer : IEqualityComparer<int[]>
{
    public static VialListComparer Instance { get; } = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var hash = default(HashCode);
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
        return hash.ToHashCode();
    }
}
