using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// Writes pickle opcodes the way CPython's C pickler does: same opcode choices, same memo numbering (identity memo for
/// the caller's objects, value memo for what CPython interns: module/attribute names, one-char strings, dtypes, b'b'),
/// same framing (64 KiB frames committed between container items; payloads ≥ 64 KiB written outside frames).
/// </summary>
internal sealed class PickleEmitter
{
    private const int FrameTarget = 64 * 1024;
    private const int FrameMin = 4;
    private const int BatchSize = 1000;

    private readonly Stream _output;
    private readonly int _protocol;
    private readonly bool _numpy2;
    private readonly Dictionary<object, int> _identityMemo = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _valueMemo = new(StringComparer.Ordinal);
    private readonly bool _framing;
    private byte[] _frame = new byte[FrameTarget + 1024];
    private int _frameLength = -1;
    private int _memoCount;

    public PickleEmitter(Stream output, PickleWriteOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Protocol, 2, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Protocol, 5, nameof(options));
        _output = output;
        _protocol = options.Protocol;
        _numpy2 = options.ModuleNames == NumpyModuleNames.Numpy2;
        _framing = _protocol >= 4;
        output.Write([Opcodes.Proto, (byte)_protocol]);
    }

    public int Protocol => _protocol;

    public bool Numpy2 => _numpy2;

    public void Finish()
    {
        Op(Opcodes.Stop);
        CommitFrame();
        _output.Flush();
    }

    public void Save(object? value)
    {
        switch (value)
        {
            case null:
                Op(Opcodes.None);
                return;
            case bool b:
                Op(b ? Opcodes.NewTrue : Opcodes.NewFalse);
                return;
            case long l:
                SaveLong(l);
                return;
            case int i:
                SaveLong(i);
                return;
            case short or sbyte or byte or ushort or uint:
                SaveLong(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case ulong u:
                SaveBigInteger(u);
                return;
            case BigInteger big:
                SaveBigInteger(big);
                return;
            case double d:
                SaveDouble(d);
                return;
            case float f:
                SaveDouble(f);
                return;
            case string s:
                SaveString(s);
                return;
            case byte[] bytes:
                SaveBytes(bytes, bytes);
                return;
            case NdArray array:
                SaveArray(array);
                return;
            case IReadOnlyDictionary<string, object?> dict:
                SaveDict(dict, dict.Count, dict);
                return;
            case System.Collections.IList list:
                SaveList([.. list.Cast<object?>()], list);
                return;
            case PandasFrame:
                throw new ArgumentException("a PandasFrame can only be written as the root (PickleWriter.WriteDataFrame)", nameof(value));
            default:
                throw new ArgumentException($"cannot pickle a {value.GetType().Name}: supported are NdArray, string, integers, double, bool, null, byte[], lists and string-keyed dictionaries", nameof(value));
        }
    }

    public void SaveDict(IEnumerable<KeyValuePair<string, object?>> pairs, int count, object identity)
    {
        if (TryGet(identity))
        {
            return;
        }

        Op(Opcodes.EmptyDict);
        Memoize(identity);
        using var items = pairs.GetEnumerator();
        if (count == 1)
        {
            items.MoveNext();
            SaveString(items.Current.Key);
            Save(items.Current.Value);
            Op(Opcodes.SetItem);
            return;
        }

        if (count == 0)
        {
            return;
        }

        int inBatch;
        do
        {
            inBatch = 0;
            Op(Opcodes.Mark);
            while (items.MoveNext())
            {
                SaveString(items.Current.Key);
                Save(items.Current.Value);
                Boundary();
                if (++inBatch == BatchSize)
                {
                    break;
                }
            }

            Op(Opcodes.SetItems);
        }
        while (inBatch == BatchSize);
    }

    public void SaveList(IReadOnlyList<object?> items, object identity)
    {
        if (TryGet(identity))
        {
            return;
        }

        Op(Opcodes.EmptyList);
        Memoize(identity);
        if (items.Count == 1)
        {
            Save(items[0]);
            Op(Opcodes.Append);
            return;
        }

        for (var start = 0; start < items.Count; start += BatchSize)
        {
            Op(Opcodes.Mark);
            for (var i = start; i < Math.Min(items.Count, start + BatchSize); i++)
            {
                Save(items[i]);
                Boundary();
            }

            Op(Opcodes.Appends);
        }
    }

    /// <summary>A tuple of already-defined item writers: TUPLE1–3 up to three items, MARK…TUPLE beyond; memoized unless empty.</summary>
    public void SaveTuple(params Action[] items)
    {
        if (items.Length == 0)
        {
            Op(Opcodes.EmptyTuple);
            return;
        }

        if (items.Length > 3)
        {
            Op(Opcodes.Mark);
        }

        foreach (var item in items)
        {
            item();
        }

        Op(items.Length switch
        {
            1 => Opcodes.Tuple1,
            2 => Opcodes.Tuple2,
            3 => Opcodes.Tuple3,
            _ => Opcodes.Tuple,
        });
        Memoize(null);
    }

    public void SaveLong(long value)
    {
        if (value is >= 0 and <= 0xff)
        {
            Op(Opcodes.BinInt1);
            Op((byte)value);
        }
        else if (value is >= 0 and <= 0xffff)
        {
            Op(Opcodes.BinInt2);
            Span<byte> b = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)value);
            Write(b);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            Op(Opcodes.BinInt);
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(b, (int)value);
            Write(b);
        }
        else
        {
            SaveBigInteger(value);
        }
    }

    public void SaveBigInteger(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            SaveLong((long)value);
            return;
        }

        var bytes = value.ToByteArray(isUnsigned: false, isBigEndian: false);
        if (bytes.Length < 256)
        {
            Op(Opcodes.Long1);
            Op((byte)bytes.Length);
        }
        else
        {
            Op(Opcodes.Long4);
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(b, bytes.Length);
            Write(b);
        }

        Write(bytes);
    }

    public void SaveDouble(double value)
    {
        Span<byte> b = stackalloc byte[9];
        b[0] = Opcodes.BinFloat;
        BinaryPrimitives.WriteDoubleBigEndian(b[1..], value);
        Write(b);
    }

    /// <summary>A caller's string: memoized by identity, as Python memoizes its str objects.</summary>
    public void SaveString(string value)
    {
        if (TryGet(value))
        {
            return;
        }

        WriteString(value);
        Memoize(value);
    }

    /// <summary>A string CPython interns (identifiers, one-char strings): memoized by value.</summary>
    public void SaveInterned(string value)
    {
        var key = "S|" + value;
        if (TryGetValue(key))
        {
            return;
        }

        WriteString(value);
        MemoizeValue(key);
    }

    /// <summary>A fresh (never shared) string: written and memoized, never looked up.</summary>
    public void SaveFresh(string value)
    {
        WriteString(value);
        Memoize(null);
    }

    public void SaveGlobal(string module, string name)
    {
        var key = $"G|{module}|{name}";
        if (TryGetValue(key))
        {
            return;
        }

        if (_protocol >= 4)
        {
            SaveInterned(module);
            SaveInterned(name);
            Op(Opcodes.StackGlobal);
        }
        else
        {
            var mapped = _protocol < 3 ? module switch { "builtins" => "__builtin__", "copyreg" => "copy_reg", _ => module } : module;
            Op(Opcodes.Global);
            Write(Encoding.ASCII.GetBytes($"{mapped}\n{name}\n"));
        }

        MemoizeValue(key);
    }

    /// <summary>A bytes object; <paramref name="identity"/> null means "never shared".</summary>
    public void SaveBytes(ReadOnlySpan<byte> data, object? identity)
    {
        if (identity is not null && TryGet(identity))
        {
            return;
        }

        WriteBytesBody(data);
        Memoize(identity);
    }

    /// <summary>CPython caches one-byte bytes objects, so b'b' in every ndarray reduction is one memo entry.</summary>
    public void SaveInternedByte(byte value)
    {
        var key = "B|" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (TryGetValue(key))
        {
            return;
        }

        WriteBytesBody([value]);
        MemoizeValue(key);
    }

    /// <summary>Protocol 5 in-band PickleBuffer of a writable array: BYTEARRAY8.</summary>
    public void SaveByteArray8(ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[9];
        header[0] = Opcodes.ByteArray8;
        BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)data.Length);
        WriteLarge(header, data);
        Memoize(null);
    }

    public void SaveArray(NdArray array) => NumpyPickling.SaveArray(this, array);

    public bool TryGet(object identity)
    {
        if (_identityMemo.TryGetValue(identity, out var index))
        {
            WriteGet(index);
            return true;
        }

        return false;
    }

    public bool TryGetValue(string key)
    {
        if (_valueMemo.TryGetValue(key, out var index))
        {
            WriteGet(index);
            return true;
        }

        return false;
    }

    public void Memoize(object? identity)
    {
        if (identity is not null)
        {
            _identityMemo[identity] = _memoCount;
        }

        WritePut();
    }

    public void MemoizeValue(string key)
    {
        _valueMemo[key] = _memoCount;
        WritePut();
    }

    public void Op(byte opcode) => Write([opcode]);

    private void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        var bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(value, bytes);
        Span<byte> header = stackalloc byte[9];
        int headerLength;
        if (length < 256 && _protocol >= 4)
        {
            header[0] = Opcodes.ShortBinUnicode;
            header[1] = (byte)length;
            headerLength = 2;
        }
        else if ((uint)length <= uint.MaxValue)
        {
            header[0] = Opcodes.BinUnicode;
            BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)length);
            headerLength = 5;
        }
        else
        {
            header[0] = Opcodes.BinUnicode8;
            BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)length);
            headerLength = 9;
        }

        WriteLarge(header[..headerLength], bytes);
    }

    private void WriteBytesBody(ReadOnlySpan<byte> data)
    {
        if (_protocol < 3)
        {
            // Protocol 2 has no bytes opcode; Python 3 writes _codecs.encode(data.decode('latin1'), 'latin1').
            if (data.Length == 0)
            {
                SaveGlobal("builtins", "bytes");
                Op(Opcodes.EmptyTuple);
                Op(Opcodes.Reduce);
                return;
            }

            SaveGlobal("_codecs", "encode");
            var copy = data.ToArray();
            SaveTuple(() => WriteLatin1AsUtf8(copy), () => SaveInterned("latin1"));
            Op(Opcodes.Reduce);
            return;
        }

        Span<byte> header = stackalloc byte[9];
        int headerLength;
        if (data.Length < 256)
        {
            header[0] = Opcodes.ShortBinBytes;
            header[1] = (byte)data.Length;
            headerLength = 2;
        }
        else if ((uint)data.Length <= uint.MaxValue)
        {
            header[0] = Opcodes.BinBytes;
            BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)data.Length);
            headerLength = 5;
        }
        else
        {
            header[0] = Opcodes.BinBytes8;
            BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)data.Length);
            headerLength = 9;
        }

        WriteLarge(header[..headerLength], data);
    }

    private void WriteLatin1AsUtf8(byte[] data)
    {
        var high = 0;
        foreach (var b in data)
        {
            high += b >> 7;
        }

        var utf8 = new byte[data.Length + high];
        var n = 0;
        foreach (var b in data)
        {
            if (b < 0x80)
            {
                utf8[n++] = b;
            }
            else
            {
                utf8[n++] = (byte)(0xC0 | (b >> 6));
                utf8[n++] = (byte)(0x80 | (b & 0x3F));
            }
        }

        Span<byte> header = stackalloc byte[5];
        header[0] = Opcodes.BinUnicode;
        BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)utf8.Length);
        WriteLarge(header, utf8);
        Memoize(null);
    }

    private void WriteGet(int index)
    {
        if (index < 256)
        {
            Write([Opcodes.BinGet, (byte)index]);
        }
        else
        {
            Span<byte> b = stackalloc byte[5];
            b[0] = Opcodes.LongBinGet;
            BinaryPrimitives.WriteUInt32LittleEndian(b[1..], (uint)index);
            Write(b);
        }
    }

    private void WritePut()
    {
        var index = _memoCount++;
        if (_protocol >= 4)
        {
            Op(Opcodes.Memoize);
        }
        else if (index < 256)
        {
            Write([Opcodes.BinPut, (byte)index]);
        }
        else
        {
            Span<byte> b = stackalloc byte[5];
            b[0] = Opcodes.LongBinPut;
            BinaryPrimitives.WriteUInt32LittleEndian(b[1..], (uint)index);
            Write(b);
        }
    }

    /// <summary>Payloads ≥ 64 KiB go straight to the stream after committing the open frame, as CPython does.</summary>
    private void WriteLarge(ReadOnlySpan<byte> header, ReadOnlySpan<byte> payload)
    {
        if (_framing && payload.Length >= FrameTarget)
        {
            CommitFrame();
            _output.Write(header);
            _output.Write(payload);
            return;
        }

        Write(header);
        Write(payload);
    }

    private void Write(ReadOnlySpan<byte> data)
    {
        if (!_framing)
        {
            _output.Write(data);
            return;
        }

        if (_frameLength < 0)
        {
            _frameLength = 0;
        }

        if (_frameLength + data.Length > _frame.Length)
        {
            Array.Resize(ref _frame, Math.Max(_frame.Length * 2, _frameLength + data.Length));
        }

        data.CopyTo(_frame.AsSpan(_frameLength));
        _frameLength += data.Length;
    }

    private void Boundary()
    {
        if (_framing && _frameLength >= FrameTarget)
        {
            CommitFrame();
        }
    }

    private void CommitFrame()
    {
        if (_frameLength < 0)
        {
            return;
        }

        if (_frameLength >= FrameMin)
        {
            Span<byte> header = stackalloc byte[9];
            header[0] = Opcodes.Frame;
            BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)_frameLength);
            _output.Write(header);
        }

        _output.Write(_frame.AsSpan(0, _frameLength));
        _frameLength = -1;
    }

    internal static ReadOnlySpan<byte> BytesOf(NdArray array) => array.DType switch
    {
        DType.Float64 => MemoryMarshal.AsBytes(array.AsSpan<double>()),
        DType.Float32 => MemoryMarshal.AsBytes(array.AsSpan<float>()),
        DType.Int8 => MemoryMarshal.AsBytes(array.AsSpan<sbyte>()),
        DType.Int16 => MemoryMarshal.AsBytes(array.AsSpan<short>()),
        DType.Int32 => MemoryMarshal.AsBytes(array.AsSpan<int>()),
        DType.Int64 => MemoryMarshal.AsBytes(array.AsSpan<long>()),
        DType.UInt8 => array.AsSpan<byte>(),
        DType.UInt16 => MemoryMarshal.AsBytes(array.AsSpan<ushort>()),
        DType.UInt32 => MemoryMarshal.AsBytes(array.AsSpan<uint>()),
        DType.UInt64 => MemoryMarshal.AsBytes(array.AsSpan<ulong>()),
        _ => MemoryMarshal.AsBytes(array.AsSpan<bool>()),
    };
}
