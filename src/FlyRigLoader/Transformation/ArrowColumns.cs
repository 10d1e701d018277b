using System.Runtime.CompilerServices;
using Apache.Arrow;
using Apache.Arrow.Types;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Transformation;

/// <summary>Builds Arrow primitive arrays over NdArray memory: zero-copy for every dtype except bool (Arrow packs bits).</summary>
internal static class ArrowColumns
{
    public static IArrowType ArrowType(DType dtype) => dtype switch
    {
        DType.Float64 => DoubleType.Default,
        DType.Float32 => FloatType.Default,
        DType.Int8 => Int8Type.Default,
        DType.Int16 => Int16Type.Default,
        DType.Int32 => Int32Type.Default,
        DType.Int64 => Int64Type.Default,
        DType.UInt8 => UInt8Type.Default,
        DType.UInt16 => UInt16Type.Default,
        DType.UInt32 => UInt32Type.Default,
        DType.UInt64 => UInt64Type.Default,
        DType.Bool => BooleanType.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown dtype"),
    };

    /// <summary>
    /// Elements [offset, offset+length) of the array's storage as one Arrow array sharing that memory (managed or
    /// memory-mapped); bool is packed into bits, the one dtype that is copied.
    /// </summary>
    public static IArrowArray Slice(NdArray array, int offset, int length) => array.DType == DType.Bool
        ? PackBits(array.AsSpan<bool>().Slice(offset, length))
        : OverBytes(ArrowType(array.DType), array.ElementBytes(offset, length), length);

    /// <summary>Copies every <paramref name="stride"/>-th element starting at <paramref name="start"/> (a column of a row-major matrix).</summary>
    public static IArrowArray Gather(NdArray array, int start, int stride, int length) => array.DType switch
    {
        DType.Bool => PackBits(GatherTyped(array.AsSpan<bool>(), start, stride, length)),
        DType.Float64 => Wrap(GatherTyped(array.AsSpan<double>(), start, stride, length), DoubleType.Default, 0, length),
        DType.Float32 => Wrap(GatherTyped(array.AsSpan<float>(), start, stride, length), FloatType.Default, 0, length),
        DType.Int8 => Wrap(GatherTyped(array.AsSpan<sbyte>(), start, stride, length), Int8Type.Default, 0, length),
        DType.Int16 => Wrap(GatherTyped(array.AsSpan<short>(), start, stride, length), Int16Type.Default, 0, length),
        DType.Int32 => Wrap(GatherTyped(array.AsSpan<int>(), start, stride, length), Int32Type.Default, 0, length),
        DType.Int64 => Wrap(GatherTyped(array.AsSpan<long>(), start, stride, length), Int64Type.Default, 0, length),
        DType.UInt8 => Wrap(GatherTyped(array.AsSpan<byte>(), start, stride, length), UInt8Type.Default, 0, length),
        DType.UInt16 => Wrap(GatherTyped(array.AsSpan<ushort>(), start, stride, length), UInt16Type.Default, 0, length),
        DType.UInt32 => Wrap(GatherTyped(array.AsSpan<uint>(), start, stride, length), UInt32Type.Default, 0, length),
        DType.UInt64 => Wrap(GatherTyped(array.AsSpan<ulong>(), start, stride, length), UInt64Type.Default, 0, length),
        _ => throw new ArgumentOutOfRangeException(nameof(array), array.DType, "unknown dtype"),
    };

    /// <summary>An Arrow array of <paramref name="length"/> values of <paramref name="type"/> over <paramref name="bytes"/>, without copying.</summary>
    public static IArrowArray OverBytes(IArrowType type, ReadOnlyMemory<byte> bytes, int length) =>
        ArrowArrayFactory.BuildArray(new ArrayData(type, length, 0, 0, [ArrowBuffer.Empty, new ArrowBuffer(bytes)], []));

    /// <summary>An Arrow array over <paramref name="array"/>'s memory: the buffer is a view, not a copy.</summary>
    public static IArrowArray Wrap<T>(T[] array, IArrowType type, int offset, int length)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        return OverBytes(type, new ArrayMemoryManager(array).Memory.Slice(offset * size, length * size), length);
    }

    /// <summary>numpy stores one byte per bool, Arrow one bit: this is the one dtype that must be copied.</summary>
    public static BooleanArray PackBits(ReadOnlySpan<bool> flags)
    {
        var bits = new byte[(flags.Length + 7) / 8];
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i])
            {
                bits[i >> 3] |= (byte)(1 << (i & 7));
            }
        }

        return new BooleanArray(new ArrowBuffer(bits), ArrowBuffer.Empty, flags.Length, 0, 0);
    }

    private static T[] GatherTyped<T>(ReadOnlySpan<T> source, int start, int stride, int length)
    {
        var result = GC.AllocateUninitializedArray<T>(length);
        for (int i = 0, j = start; i < length; i++, j += stride)
        {
            result[i] = source[j];
        }

        return result;
    }
}
