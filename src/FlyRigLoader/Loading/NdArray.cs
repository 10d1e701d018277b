using System.Runtime.InteropServices;
using FlyRigLoader.Loading.Mapping;

namespace FlyRigLoader.Loading;

/// <summary>
/// A numpy array materialized in contiguous typed .NET memory (<c>double[]</c>, <c>float[]</c>, …) in native byte order,
/// or left in place in a memory-mapped file (<see cref="IsMapped"/>, from <see cref="PickleLoader.Map"/>).
/// Elements are stored in the array's own order: row-major when <see cref="IsFortranOrder"/> is false, column-major otherwise.
/// </summary>
public sealed class NdArray
{
    private readonly MappedSegment? _mapped;
    private Array? _storage;

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
        _storage = data;
        Length = data.Length;
        IsFortranOrder = isFortranOrder;
    }

    /// <summary>An array whose elements stay in a memory-mapped file (<see cref="PickleLoader.Map"/>).</summary>
    internal NdArray(DType dtype, IReadOnlyList<int> shape, MappedSegment segment, bool isFortranOrder)
    {
        var count = 1L;
        foreach (var dim in shape)
        {
            count *= dim;
        }

        if (count * ItemSize(dtype) != segment.ByteLength)
        {
            throw new ArgumentException($"{segment.ByteLength} mapped bytes do not hold {count} × {dtype}", nameof(segment));
        }

        DType = dtype;
        Shape = [.. shape];
        _mapped = segment;
        Length = (int)count;
        IsFortranOrder = isFortranOrder;
    }

    /// <summary>Element type.</summary>
    public DType DType { get; }

    /// <summary>Dimensions; empty for a 0-d array.</summary>
    public IReadOnlyList<int> Shape { get; }

    /// <summary>
    /// The elements, a one-dimensional array of the dtype's .NET type. For a memory-mapped array
    /// (<see cref="IsMapped"/>) the first call copies the elements into managed memory, once; read a mapped array with
    /// <see cref="AsSpan{T}"/> to stay zero-copy.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The array is mapped, not yet copied, and its <see cref="MappedPickle"/> is disposed.</exception>
    public Array Data
    {
        get
        {
            if (_storage is { } data)
            {
                return data;
            }

            lock (_mapped!)
            {
                return _storage ??= Copy(_mapped);
            }
        }
    }

    /// <summary>True when the elements stay in a memory-mapped file, valid while its <see cref="MappedPickle"/> is open.</summary>
    public bool IsMapped => _mapped is not null;

    /// <summary>True when <see cref="Data"/> is in column-major (Fortran) order.</summary>
    public bool IsFortranOrder { get; }

    /// <summary>Number of elements.</summary>
    public int Length { get; }

    /// <summary>The data as a span of <typeparamref name="T"/>; throws when <typeparamref name="T"/> is not the element type.</summary>
    /// <exception cref="ObjectDisposedException">The array is mapped and its <see cref="MappedPickle"/> is disposed.</exception>
    public ReadOnlySpan<T> AsSpan<T>()
        where T : unmanaged
    {
        if (_storage is not null || _mapped is null)
        {
            return _storage is T[] typed ? typed : throw new InvalidCastException($"array holds {DType}, not {typeof(T).Name}");
        }

        return ElementType(DType) == typeof(T)
            ? MemoryMarshal.Cast<byte, T>(_mapped.GetSpan())
            : throw new InvalidCastException($"array holds {DType}, not {typeof(T).Name}");
    }

    /// <summary>The elements' bytes from element <paramref name="offset"/> on, as memory an Arrow buffer can wrap without copying.</summary>
    internal Memory<byte> ElementBytes(int offset, int length)
    {
        var size = ItemSize(DType);
        var memory = _mapped is not null && _storage is null ? _mapped.Memory : new ArrayMemoryManager(Data).Memory;
        return memory.Slice(offset * size, length * size);
    }

    /// <summary>Bytes per element of <paramref name="dtype"/> in .NET memory.</summary>
    internal static int ItemSize(DType dtype) => dtype switch
    {
        DType.Float64 or DType.Int64 or DType.UInt64 => 8,
        DType.Float32 or DType.Int32 or DType.UInt32 => 4,
        DType.Int16 or DType.UInt16 => 2,
        _ => 1,
    };

    private Array Copy(MappedSegment segment)
    {
        var copy = Array.CreateInstance(ElementType(DType), Length);
        segment.GetSpan().CopyTo(ArrayMemoryManager.BytesOf(copy));
        return copy;
    }

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
