namespace FlyRigLoader.Loading.Pickle;

/// <summary>A Python tuple: kept distinct from lists because reconstruction arguments are tuples.</summary>
internal sealed class PyTuple(object?[] items)
{
    public static readonly PyTuple Empty = new([]);

    public object?[] Items { get; } = items;

    public int Count => Items.Length;

    public object? this[int index] => Items[index];
}

/// <summary>An allow-listed global, with module names already canonicalized (numpy 2 → numpy 1 spelling, py2 → py3).</summary>
internal sealed record PyGlobal(string Module, string Name)
{
    public override string ToString() => $"{Module}.{Name}";
}

/// <summary>A Python <c>slice(start, stop, step)</c>.</summary>
internal sealed record PySlice(long? Start, long? Stop, long? Step);

/// <summary>An instance of an allow-listed class created by NEWOBJ/copyreg whose state arrives later via BUILD.</summary>
internal sealed class PyInstance(PyGlobal type, PyTuple args)
{
    public PyGlobal Type { get; } = type;

    public PyTuple Args { get; } = args;

    public object? State { get; set; }
}
