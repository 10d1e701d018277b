namespace FlyRigLoader.Loading.Pickle;

/// <summary>A Python tuple: kept distinct from lists because reconstruction arguments are tuples.</summary>
internal sealed class PyTuple(object?[] items)
{
    public static readonly PyTuple Empty = new([]);

    public object?[] Items { get; } = items;

    public int Count => Items.Length;

    public object? this[int index] => Items[index];
}
