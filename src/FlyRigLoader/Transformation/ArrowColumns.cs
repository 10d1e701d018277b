using System.Runtime.CompilerServices;
using Apache.Arrow;
using Apache.Arrow.Types;
using FlyRigLoader.Loading;
using Array = System.Array;

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

    // Dispatch on dtype, not on the array's runtime type: the CLR lets a byte[] pass as sbyte[] (and uint[] as int[]).
    /// <summary>Elements [offset, offset+length) of the array's storage as one Arrow array sharing that memory.</summary>
    public static IArrowArray Slice(DType dtype, Array data, int offset, int length) => dtype switch
    {
        DType.Bool => PackBits(((bool[])data).AsSpan(offset, length)),
        DType.Float64 => Wrap((double[])data, DoubleType.Default, offset, length),
        DType.Float32 => Wrap((float[])data, FloatType.Default, offset, length),
        DType.Int8 => Wrap((sbyte[])data, Int8Type.Default, offset, length),
        DType.Int16 => Wrap((short[])data, Int16Type.Default, offset, length),
        DType.Int32 => Wrap((int[])data, Int32Type.Default, offset, length),
        DType.Int64 => Wrap((long[])data, Int64Type.Default, offset, length),
        DType.UInt8 => Wrap((byte[])data, UInt8Type.Default, offset, length),
        DType.UInt16 => Wrap((ushort[])data, UInt16Type.Default, offset, length),
        DType.UInt32 => Wrap((uint[])data, UInt32Type.Default, offset, length),
        DType.UInt64 => Wrap((ulong[])data, UInt64Type.Default, offset, length),
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown dtype"),
    };

    /// <summary>Copies every <paramref name="stride"/>-th element starting at <paramref name="start"/> (a column of a row-major matrix).</summary>
    public static IArrowArray Gather(DType dtype, Array data, int start, int stride, int length) => dtype switch
    {
        DType.Bool => PackBits(GatherTyped((bool[])data, start, stride, length)),
        DType.Float64 => Wrap(GatherTyped((double[])data, start, stride, length), DoubleType.Default, 0, length),
        DType.Float32 => Wrap(GatherTyped((float[])data, start, stride, length), FloatType.Default, 0, length),
        DType.Int8 => Wrap(GatherTyped((sbyte[])data, start, stride, length), Int8Type.Default, 0, length),
        DType.Int16 => Wrap(GatherTyped((short[])data, start, stride, length), Int16Type.Default, 0, length),
        DType.Int32 => Wrap(GatherTyped((int[])data, start, stride, length), Int32Type.Default, 0, length),
        DType.Int64 => Wrap(GatherTyped((long[])data, start, stride, length), Int64Type.Default, 0, length),
        DType.UInt8 => Wrap(GatherTyped((byte[])data, start, stride, length), UInt8Type.Default, 0, length),
        DType.UInt16 => Wrap(GatherTyped((ushort[])data, start, stride, length), UInt16Type.Default, 0, length),
        DType.UInt32 => Wrap(GatherTyped((uint[])data, start, stride, length), UInt32Type.Default, 0, length),
        DType.UInt64 => Wrap(GatherTyped((ulong[])data, start, stride, length), UInt64Type.Default, 0, length),
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown dtype"),
    };

    /// <summary>An Arrow array over <paramref name="array"/>'s memory: the buffer is a view, not a copy.</summary>
    public static IArrowArray Wrap<T>(T[] array, IArrowType type, int offset, int length)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        var bytes = new ArrayMemoryManager<T>(array).Memory.Slice(offset * size, length * size);
        return ArrowArrayFactory.BuildArray(new ArrayData(type, length, 0, 0, [ArrowBuffer.Empty, new ArrowBuffer(bytes)], []));
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

    private static T[] GatherTyped<T>(T[] source, int start, int stride, int length)
    {
        var result = GC.AllocateUninitializedArray<T>(length);
        for (int i = 0, j = start; i < length; i++, j += stride)
        {
            result[i] = source[j];
        }

        return result;
    }
}
