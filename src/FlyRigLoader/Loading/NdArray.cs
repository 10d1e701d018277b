namespace FlyRigLoader.Loading;

/// <summary>
/// A numpy array materialized in contiguous typed .NET memory (<c>double[]</c>, <c>float[]</c>, …) in native byte order.
/// Elements are stored in the array's own order: row-major when <see cref="IsFortranOrder"/> is false, column-major otherwise.
/// </summary>
public sealed class NdArray
{
    /// <summary>Wraps typed data; <paramref name="data"/> must be a one-dimensional array of the element type of <paramref name="dtype"/>.</summary>
    public NdArray(DType dtype, IReadOnlyList<int> shape, Array data, bool isFortranOrder = false)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(data);
        var expected = 1L;
        foreach (var dim in shape)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(dim, nameof(shape));
            expected *= dim;
        }

        if (data.Rank != 1 || data.GetType().GetElementType() != ElementType(dtype))
        {
            throw new ArgumentException($"data must be a {ElementType(dtype).Name}[] for dtype {dtype}", nameof(data));
        }

        if (data.LongLength != expected)
        {
            throw new ArgumentException($"data has {data.LongLength} elements but shape needs {expected}", nameof(data));
        }

        DType = dtype;
        Shape = [.. shape];
        Data = data;
        IsFortranOrder = isFortranOrder;
    }

    /// <summary>Element type.</summary>
    public DType DType { get; }

    /// <summary>Dimensions; empty for a 0-d array.</summary>
    public IReadOnlyList<int> Shape { get; }

    /// <summary>The elements, a one-dimensional array of the dtype's .NET type.</summary>
    public Array Data { get; }

    /// <summary>True when <see cref="Data"/> is in column-major (Fortran) order.</summary>
    public bool IsFortranOrder { get; }

    /// <summary>Number of elements.</summary>
    public int Length => Data.Length;

    /// <summary>The data as a span of <typeparamref name="T"/>; throws when <typeparamref name="T"/> is not the element type.</summary>
    public ReadOnlySpan<T> AsSpan<T>()
        where T : unmanaged =>
        Data is T[] typed ? typed : throw new InvalidCastException($"array holds {DType}, not {typeof(T).Name}");

    /// <summary>The .NET element type that backs <paramref name="dtype"/>.</summary>
    public static Type ElementType(DType dtype) => dtype switch
    {
        DType.Float64 => typeof(double),
        DType.Float32 => typeof(float),
        DType.Int8 => typeof(sbyte),
        DType.Int16 => typeof(short),
        DType.Int32 => typeof(int),
        DType.Int64 => typeof(long),
        DType.UInt8 => typeof(byte),
        DType.UInt16 => typeof(ushort),
        DType.UInt32 => typeof(uint),
        DType.UInt64 => typeof(ulong),
        DType.Bool => typeof(bool),
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown dtype"),
    };
}
