using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using FlyRigLoader.Loading.Mapping;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>What numpy's pickle reducers encode, decoded into .NET arrays (never by running numpy code, of course).</summary>
internal static class NumpyReconstruction
{
    /// <summary><c>numpy.dtype(typestr, align, copy)</c>.</summary>
    public static NumpyDType NewDType(PyTuple args, PickleInput input)
    {
        if (args.Count < 1 || Values.AsString(args[0]) is not { } typeString)
        {
            throw input.Error(LoadErrorCodes.Corrupt, "numpy.dtype called without a type string");
        }

        return NumpyDType.Parse(typeString)
            ?? throw input.Error(LoadErrorCodes.UnsupportedDType, $"numpy dtype '{typeString}' has no .NET mapping", "supported: float64/32, int8–64, uint8–64, bool, and object (strings)");
    }

    /// <summary><c>dtype.__setstate__((version, byteorder, subarray, names, fields, elsize, alignment, flags[, metadata]))</c>.</summary>
    public static void SetDTypeState(NumpyDType dtype, object? state, PickleInput input)
    {
        if (state is not PyTuple { Count: >= 8 } tuple || Values.AsString(tuple[1]) is not { } order)
        {
            throw input.Error(LoadErrorCodes.Corrupt, "numpy dtype state is not the expected tuple");
        }

        if (tuple[2] is not null || tuple[3] is not null || tuple[4] is not null)
        {
            throw input.Error(LoadErrorCodes.UnsupportedDType, $"structured or sub-array dtype based on '{dtype.TypeString}' is not supported");
        }

        dtype.IsBigEndian = order switch
        {
            ">" => true,
            "<" or "|" => false,
            "=" => !BitConverter.IsLittleEndian,
            _ => throw input.Error(LoadErrorCodes.Corrupt, $"unknown dtype byte order '{order}'"),
        };
    }

    /// <summary><c>ndarray.__setstate__((version, shape, dtype, is_fortran, rawdata))</c>; version-less 4-tuples are older numpy.</summary>
    public static void SetArrayState(NumpyArrayValue array, object? state, PickleInput input)
    {
        var items = state switch
        {
            PyTuple { Count: 5 } t => t.Items[1..],
            PyTuple { Count: 4 } t => t.Items,
            _ => throw input.Error(LoadErrorCodes.Corrupt, "ndarray state is not a 4- or 5-tuple"),
        };

        if (items[1] is not NumpyDType dtype)
        {
            throw input.Error(LoadErrorCodes.Corrupt, "ndarray state has no dtype");
        }

        var shape = Shape(items[0], input);
        var fortran = Values.IsTrue(items[2]);
        Fill(array, items[3], dtype, shape, fortran, input);
    }

    /// <summary><c>numpy.core.numeric._frombuffer(buffer, dtype, shape, order)</c>: the protocol-5 in-band path.</summary>
    public static NumpyArrayValue FromBuffer(PyTuple args, PickleInput input)
    {
        if (args.Count != 4 || args[1] is not NumpyDType dtype)
        {
            throw input.Error(LoadErrorCodes.Corrupt, "_frombuffer expects (buffer, dtype, shape, order)");
        }

        var array = new NumpyArrayValue();
        Fill(array, args[0], dtype, Shape(args[2], input), Values.AsString(args[3]) == "F", input);
        return array;
    }

    /// <summary><c>numpy.core.multiarray.scalar(dtype, bytes)</c>: numpy scalars become plain .NET numbers.</summary>
    public static object Scalar(PyTuple args, PickleInput input)
    {
        if (args.Count != 2 || args[0] is not NumpyDType { Element: { } element } dtype || Values.AsBlob(args[1]) is not { } blob || blob.Length != dtype.ItemSize)
        {
            throw input.Error(LoadErrorCodes.Corrupt, "numpy scalar expects (dtype, raw bytes of one item)");
        }

        var one = new NdArray(element, [], Materialize(blob, element, 1, dtype.IsBigEndian));
        return element switch
        {
            DType.Float64 => one.AsSpan<double>()[0],
            DType.Float32 => (double)one.AsSpan<float>()[0],
            DType.Int8 => (long)one.AsSpan<sbyte>()[0],
            DType.Int16 => (long)one.AsSpan<short>()[0],
            DType.Int32 => (long)one.AsSpan<int>()[0],
            DType.Int64 => one.AsSpan<long>()[0],
            DType.UInt8 => (long)one.AsSpan<byte>()[0],
            DType.UInt16 => (long)one.AsSpan<ushort>()[0],
            DType.UInt32 => (long)one.AsSpan<uint>()[0],
            DType.UInt64 => one.AsSpan<ulong>()[0] is var u && u <= long.MaxValue ? (long)u : u,
            _ => one.AsSpan<bool>()[0],
        };
    }

    /// <summary><c>_codecs.encode(text, 'latin1')</c>: how protocol 2 spells a bytes object.</summary>
    public static PickleBlob EncodeLatin1(PyTuple args, PickleInput input)
    {
        if (args.Count != 2 || Values.AsString(args[1]) is not ("latin1" or "latin-1" or "iso-8859-1") || args[0] is not (string or PickleBlob { Kind: BlobKind.Utf8Text }))
        {
            throw input.Error(LoadErrorCodes.Unsupported, "_codecs.encode is only supported as (text, 'latin1')");
        }

        if (args[0] is string text)
        {
            var bytes = new byte[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                bytes[i] = text[i] <= 0xff ? (byte)text[i] : throw input.Error(LoadErrorCodes.Corrupt, "latin1 text holds a character above U+00FF");
            }

            return PickleBlob.FromArray(bytes, BlobKind.Bytes);
        }

        return PickleBlob.FromArray(Latin1FromUtf8(((PickleBlob)args[0]!).ToArray(), input), BlobKind.Bytes);
    }

    private static byte[] Latin1FromUtf8(byte[] utf8, PickleInput input)
    {
        // Code points ≤ U+00FF are one byte (< 0x80) or two bytes (0xC2/0xC3 lead); anything else cannot be latin1.
        var output = new byte[utf8.Length];
        var n = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b < 0x80)
            {
                output[n++] = b;
            }
            else if ((b == 0xC2 || b == 0xC3) && i + 1 < utf8.Length)
            {
                output[n++] = (byte)(((b & 0x03) << 6) | (utf8[++i] & 0x3f));
            }
            else
            {
                throw input.Error(LoadErrorCodes.Corrupt, "latin1 text holds a character above U+00FF");
            }
        }

        return n == output.Length ? output : output[..n];
    }

    private static void Fill(NumpyArrayValue array, object? raw, NumpyDType dtype, int[] shape, bool fortran, PickleInput input)
    {
        var count = 1L;
        foreach (var dim in shape)
        {
            count *= dim;
            if (count > Array.MaxLength)
            {
                throw input.Error(LoadErrorCodes.Unsupported, $"array of shape ({string.Join(", ", shape)}) exceeds the largest .NET array");
            }
        }

        array.Shape = shape;
        array.IsFortranOrder = fortran && shape.Length > 1;
        if (dtype.Element is not { } element)
        {
            if (raw is not List<object?> list || list.Count != count)
            {
                throw input.Error(LoadErrorCodes.Corrupt, $"object array of {count} items carries {(raw as List<object?>)?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no list"}");
            }

            array.Objects = [.. list];
            return;
        }

        if (Values.AsBlob(raw) is not { } blob || blob.Kind == BlobKind.Utf8Text)
        {
            throw input.Error(LoadErrorCodes.Corrupt, "numeric array data is not a bytes object");
        }

        if (blob.Length != count * dtype.ItemSize)
        {
            throw input.Error(LoadErrorCodes.Corrupt, $"array of {count} × {dtype.TypeString} needs {count * dtype.ItemSize} bytes but the pickle holds {blob.Length}");
        }

        array.Numeric = Mapped(input, blob, element, shape, dtype.IsBigEndian, array.IsFortranOrder)
            ?? new NdArray(element, shape, Materialize(blob, element, (int)count, dtype.IsBigEndian), array.IsFortranOrder);
        input.StagingElement = element;
    }

    /// <summary>In a mapped load, the array over its bytes in the file; null (and the reason noted) when it must be copied.</summary>
    private static NdArray? Mapped(PickleInput input, PickleBlob blob, DType element, int[] shape, bool bigEndian, bool fortran)
    {
        if (input.Mapping is not { } file)
        {
            return null;
        }

        if (blob.SourceOffset is { } offset && !(bigEndian && NdArray.ItemSize(element) > 1))
        {
            return new NdArray(element, shape, new MappedSegment(file, offset, (int)blob.Length), fortran);
        }

        // Arrays under the lazy threshold are read with the opcodes and always copied; only larger ones need a reason.
        var reason = blob.Length < PickleInput.LazyThreshold ? null
            : bigEndian ? "big-endian arrays are byte-swapped into managed memory"
            : "protocol 0-2 pickles store array bytes as text, which is decoded into managed memory";
        if (reason is not null && !input.CopyReasons.Contains(reason))
        {
            input.CopyReasons.Add(reason);
        }

        return null;
    }

    private static int[] Shape(object? value, PickleInput input)
    {
        if (value is not PyTuple tuple)
        {
            throw input.Error(LoadErrorCodes.Corrupt, "array shape is not a tuple");
        }

        var shape = new int[tuple.Count];
        for (var i = 0; i < shape.Length; i++)
        {
            shape[i] = tuple[i] is long d and >= 0 and <= int.MaxValue
                ? (int)d
                : throw input.Error(LoadErrorCodes.Corrupt, $"array dimension {tuple[i]} is not a valid size");
        }

        return shape;
    }

    /// <summary>
    /// At most one copy: a staged payload of the right type becomes the array itself; otherwise the payload bytes go
    /// straight into the typed array's memory, then an in-place byte swap if needed.
    /// </summary>
    internal static Array Materialize(PickleBlob blob, DType element, int count, bool bigEndian) => element switch
    {
        DType.Float64 => Read<double, ulong>(blob, count, bigEndian),
        DType.Float32 => Read<float, uint>(blob, count, bigEndian),
        DType.Int8 => Read<sbyte, byte>(blob, count, false),
        DType.Int16 => Read<short, ushort>(blob, count, bigEndian),
        DType.Int32 => Read<int, uint>(blob, count, bigEndian),
        DType.Int64 => Read<long, ulong>(blob, count, bigEndian),
        DType.UInt8 => Read<byte, byte>(blob, count, false),
        DType.UInt16 => Read<ushort, ushort>(blob, count, bigEndian),
        DType.UInt32 => Read<uint, uint>(blob, count, bigEndian),
        DType.UInt64 => Read<ulong, ulong>(blob, count, bigEndian),
        _ => Read<bool, byte>(blob, count, false),
    };

    private static T[] Read<T, TBits>(PickleBlob blob, int count, bool swap)
        where T : unmanaged
        where TBits : unmanaged, IBinaryInteger<TBits>
    {
        // A byte-swapped array is not adopted: the swap would change the payload under any other reference to it.
        if (!swap && blob.TryAdopt<T>(count, out var adopted))
        {
            return adopted;
        }

        var data = GC.AllocateUninitializedArray<T>(count);
        blob.CopyTo(MemoryMarshal.AsBytes(data.AsSpan()));
        if (swap)
        {
            SwapInPlace(MemoryMarshal.Cast<T, TBits>(data.AsSpan()));
        }

        return data;
    }

    internal static void SwapInPlace<TBits>(Span<TBits> bits)
        where TBits : unmanaged, IBinaryInteger<TBits>
    {
        if (typeof(TBits) == typeof(ulong))
        {
            var s = MemoryMarshal.Cast<TBits, ulong>(bits);
            BinaryPrimitives.ReverseEndianness(s, s);
        }
        else if (typeof(TBits) == typeof(uint))
        {
            var s = MemoryMarshal.Cast<TBits, uint>(bits);
            BinaryPrimitives.ReverseEndianness(s, s);
        }
        else if (typeof(TBits) == typeof(ushort))
        {
            var s = MemoryMarshal.Cast<TBits, ushort>(bits);
            BinaryPrimitives.ReverseEndianness(s, s);
        }
    }
}
