using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// A restricted pickle virtual machine (protocols 0–5).
/// </summary>
/// <remarks>
/// Why not Razorvine.Pickle here: its constructor registry is process-static (one caller's registration changes every
/// other caller's behaviour, and unknown classes are silently turned into ClassDict objects instead of being refused),
/// it allocates a BINBYTES8 payload of the claimed size before discovering the input is shorter, and it materializes
/// every bytes object as a byte[] that numpy reconstruction would then copy a second time. Owning the opcode loop lets
/// globals be refused at the opcode, lengths be checked against the remaining input, and array payloads go from the file
/// straight into the typed array (see <see cref="PickleInput"/> and <see cref="PickleBlob"/>).
/// </remarks>
internal sealed class Unpickler
{
    private const int MaxDepth = 10_000;
    private readonly PickleInput _input;
    private readonly List<object?> _stack = new(64);
    private readonly Stack<int> _marks = new();
    private readonly Dictionary<long, object?> _memo = [];

    public Unpickler(PickleInput input) => _input = input;

    public object? Load()
    {
        while (true)
        {
            var opcode = _input.ReadByte();
            switch (opcode)
            {
                case Opcodes.Proto:
                    var version = _input.ReadByte();
                    if (version > 5)
                    {
                        throw _input.Error(LoadErrorCodes.Unsupported, $"pickle protocol {version} is newer than 5");
                    }

                    break;
                case Opcodes.Frame:
                    ReadUInt64();
                    break;
                case Opcodes.Stop:
                    if (_stack.Count != 1 || _marks.Count != 0)
                    {
                        throw _input.Error(LoadErrorCodes.Corrupt, "STOP with an unbalanced stack");
                    }

                    return _stack[0];
                case Opcodes.Mark:
                    if (_marks.Count >= MaxDepth)
                    {
                        throw _input.Error(LoadErrorCodes.Unsupported, $"nesting deeper than {MaxDepth}");
                    }

                    _marks.Push(_stack.Count);
                    break;
                case Opcodes.Pop:
                    if (_stack.Count > 0 && (_marks.Count == 0 || _marks.Peek() < _stack.Count))
                    {
                        Pop();
                    }
                    else
                    {
                        PopMark();
                    }

                    break;
                case Opcodes.PopMark:
                    PopMark();
                    break;
                case Opcodes.Dup:
                    Push(Peek());
                    break;
                case Opcodes.None:
                    Push(null);
                    break;
                case Opcodes.NewTrue:
                    Push(true);
                    break;
                case Opcodes.NewFalse:
                    Push(false);
                    break;
                case Opcodes.BinInt:
                    Push((long)BinaryPrimitives.ReadInt32LittleEndian(ReadSmall(4)));
                    break;
                case Opcodes.BinInt1:
                    Push((long)_input.ReadByte());
                    break;
                case Opcodes.BinInt2:
                    Push((long)BinaryPrimitives.ReadUInt16LittleEndian(ReadSmall(2)));
                    break;
                case Opcodes.Long1:
                    Push(ReadLong(_input.ReadByte()));
                    break;
                case Opcodes.Long4:
                    Push(ReadLong(BinaryPrimitives.ReadInt32LittleEndian(ReadSmall(4))));
                    break;
                case Opcodes.Int:
                    Push(ParseTextInt(_input.ReadLine()));
                    break;
                case Opcodes.Long:
                    Push(ParseTextInt(_input.ReadLine().TrimEnd('L')));
                    break;
                case Opcodes.Float:
                    Push(double.TryParse(_input.ReadLine(), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : throw Corrupt("FLOAT argument is not a number"));
                    break;
                case Opcodes.BinFloat:
                    Push(BinaryPrimitives.ReadDoubleBigEndian(ReadSmall(8)));
                    break;
                case Opcodes.ShortBinUnicode:
                    Push(ReadText(_input.ReadByte()));
                    break;
                case Opcodes.BinUnicode:
                    Push(ReadText(BinaryPrimitives.ReadUInt32LittleEndian(ReadSmall(4))));
                    break;
                case Opcodes.BinUnicode8:
                    Push(ReadText(ReadUInt64()));
                    break;
                case Opcodes.Unicode:
                    Push(DecodeRawUnicodeEscape(_input.ReadLine()));
                    break;
                case Opcodes.ShortBinBytes:
                    Push(_input.ReadBlob(_input.ReadByte(), BlobKind.Bytes));
                    break;
                case Opcodes.BinBytes:
                    Push(_input.ReadBlob(BinaryPrimitives.ReadUInt32LittleEndian(ReadSmall(4)), BlobKind.Bytes));
                    break;
                case Opcodes.BinBytes8:
                    Push(_input.ReadBlob(ReadUInt64(), BlobKind.Bytes));
                    break;
                case Opcodes.ByteArray8:
                    Push(_input.ReadBlob(ReadUInt64(), BlobKind.ByteArray));
                    break;
                case Opcodes.ShortBinString:
                    // Python 2 str: decoded as latin1 text, as Python 3's default encoding='ASCII'/'latin1' loaders do.
                    Push(Encoding.Latin1.GetString(_input.ReadBlob(_input.ReadByte(), BlobKind.Bytes).ToArray()));
                    break;
                case Opcodes.BinString:
                    Push(Encoding.Latin1.GetString(_input.ReadBlob(BinaryPrimitives.ReadInt32LittleEndian(ReadSmall(4)), BlobKind.Bytes).ToArray()));
                    break;
                case Opcodes.String:
                    Push(ParseQuotedString(_input.ReadLine()));
                    break;
                case Opcodes.NextBuffer:
                    throw _input.Error(LoadErrorCodes.Unsupported, "the pickle references an out-of-band buffer (protocol 5 buffer_callback)", "re-pickle without buffer_callback so buffers are in-band");
                case Opcodes.ReadOnlyBuffer:
                    break;
                case Opcodes.EmptyTuple:
                    Push(PyTuple.Empty);
                    break;
                case Opcodes.Tuple1:
                    Push(new PyTuple([Pop()]));
                    break;
                case Opcodes.Tuple2:
                    {
                        var b = Pop();
                        var a = Pop();
                        Push(new PyTuple([a, b]));
                        break;
                    }

                case Opcodes.Tuple3:
                    {
                        var c = Pop();
                        var b = Pop();
                        var a = Pop();
                        Push(new PyTuple([a, b, c]));
                        break;
                    }

                case Opcodes.Tuple:
                    Push(new PyTuple(PopMark()));
                    break;
                case Opcodes.EmptyList:
                    Push(new List<object?>());
                    break;
                case Opcodes.List:
                    Push(new List<object?>(PopMark()));
                    break;
                case Opcodes.Append:
                    {
                        var item = Pop();
                        AsList(Peek()).Add(item);
                        break;
                    }

                case Opcodes.Appends:
                    {
                        var items = PopMark();
                        AsList(Peek()).AddRange(items);
                        break;
                    }

                case Opcodes.EmptyDict:
                    Push(new Dictionary<object, object?>());
                    break;
                case Opcodes.Dict:
                    {
                        var dict = new Dictionary<object, object?>();
                        SetItems(dict, PopMark());
                        Push(dict);
                        break;
                    }

                case Opcodes.SetItem:
                    {
                        var value = Pop();
                        var key = Pop();
                        SetItems(AsDict(Peek()), [key, value]);
                        break;
                    }

                case Opcodes.SetItems:
                    {
                        var items = PopMark();
                        SetItems(AsDict(Peek()), items);
                        break;
                    }

                case Opcodes.EmptySet:
                    Push(new PySet());
                    break;
                case Opcodes.AddItems:
                    {
                        var items = PopMark();
                        (Peek() as PySet ?? throw Corrupt("ADDITEMS target is not a set")).Items.AddRange(items);
                        break;
                    }

                case Opcodes.FrozenSet:
                    Push(new PySet([.. PopMark()]));
                    break;
                case Opcodes.Put:
                    _memo[ParseTextInt(_input.ReadLine()) is long p ? p : throw Corrupt("PUT index too large")] = Peek();
                    break;
                case Opcodes.BinPut:
                    _memo[_input.ReadByte()] = Peek();
                    break;
                case Opcodes.LongBinPut:
                    _memo[BinaryPrimitives.ReadUInt32LittleEndian(ReadSmall(4))] = Peek();
                    break;
                case Opcodes.Memoize:
                    _memo[_memo.Count] = Peek();
                    break;
                case Opcodes.Get:
                    Push(Recall(ParseTextInt(_input.ReadLine()) is long g ? g : -1));
                    break;
                case Opcodes.BinGet:
                    Push(Recall(_input.ReadByte()));
                    break;
                case Opcodes.LongBinGet:
                    Push(Recall(BinaryPrimitives.ReadUInt32LittleEndian(ReadSmall(4))));
                    break;
                case Opcodes.Global:
                    {
                        var module = _input.ReadLine(1024);
                        var name = _input.ReadLine(1024);
                        Push(ResolveGlobal(module, name));
                        break;
                    }

                case Opcodes.StackGlobal:
                    {
                        var name = Values.AsString(Pop());
                        var module = Values.AsString(Pop());
                        if (name is null || module is null)
                        {
                            throw Corrupt("STACK_GLOBAL operands are not strings");
                        }

                        Push(ResolveGlobal(module, name));
                        break;
                    }

                case Opcodes.Reduce:
                    {
                        var args = Pop() as PyTuple ?? throw Corrupt("REDUCE arguments are not a tuple");
                        var callable = Pop() as PyGlobal ?? throw Corrupt("REDUCE target is not a global");
                        Push(Reconstructors.Call(callable, args, _input));
                        break;
                    }

                case Opcodes.NewObj:
                    {
                        var args = Pop() as PyTuple ?? throw Corrupt("NEWOBJ arguments are not a tuple");
                        var type = Pop() as PyGlobal ?? throw Corrupt("NEWOBJ class is not a global");
                        Push(Reconstructors.New(type, args, _input));
                        break;
                    }

                case Opcodes.NewObjEx:
                    {
                        Pop();
                        var args = Pop() as PyTuple ?? throw Corrupt("NEWOBJ_EX arguments are not a tuple");
                        var type = Pop() as PyGlobal ?? throw Corrupt("NEWOBJ_EX class is not a global");
                        Push(Reconstructors.New(type, args, _input));
                        break;
                    }

                case Opcodes.Build:
                    {
                        var state = Pop();
                        Reconstructors.Build(Peek(), state, _input);
                        break;
                    }

                case Opcodes.Inst:
                    {
                        var module = _input.ReadLine(1024);
                        var name = _input.ReadLine(1024);
                        var type = ResolveGlobal(module, name);
                        Push(Reconstructors.New(type, new PyTuple(PopMark()), _input));
                        break;
                    }

                case Opcodes.Obj:
                    {
                        var items = PopMark();
                        if (items.Length == 0 || items[0] is not PyGlobal type)
                        {
                            throw Corrupt("OBJ without a class");
                        }

                        Push(Reconstructors.New(type, new PyTuple(items[1..]), _input));
                        break;
                    }

                case Opcodes.PersId:
                case Opcodes.BinPersId:
                    throw _input.Error(LoadErrorCodes.Unsupported, "the pickle uses persistent ids, which need the writer's own loader");
                case Opcodes.Ext1:
                case Opcodes.Ext2:
                case Opcodes.Ext4:
                    throw _input.Error(LoadErrorCodes.Unsupported, "the pickle uses the copyreg extension registry");
                default:
                    throw _input.Error(LoadErrorCodes.Corrupt, $"unknown opcode 0x{opcode:x2} at offset {_input.Position - 1}");
            }
        }
    }

    private PyGlobal ResolveGlobal(string module, string name) =>
        GlobalAllowList.Resolve(module, name)
        ?? throw _input.Error(
            LoadErrorCodes.ForbiddenGlobal,
            $"the pickle references the global '{module}.{name}', which is not on the allow-list; nothing was executed",
            "only numpy arrays, pandas DataFrames and builtin containers can be loaded");

    private object? ReadText(long length)
    {
        var blob = _input.ReadBlob(length, BlobKind.Utf8Text);
        return length >= PickleInput.LazyThreshold ? blob : blob.ToText();
    }

    private BigInteger ReadLongBig(int length)
    {
        var bytes = _input.ReadBlob(length, BlobKind.Bytes).ToArray();
        return new BigInteger(bytes, isUnsigned: false, isBigEndian: false);
    }

#pragma warning disable CA1859 // Returns long when the value fits (the common case) and BigInteger only otherwise.
    private object ReadLong(int length)
#pragma warning restore CA1859
    {
        if (length < 0)
        {
            throw Corrupt("negative LONG4 length");
        }

        if (length > 1 << 20)
        {
            throw _input.Error(LoadErrorCodes.Unsupported, $"integer of {length} bytes is too large");
        }

        var value = ReadLongBig(length);
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }

        return value;
    }

    private object ParseTextInt(string text) => text switch
    {
        "00" => false,
        "01" => true,
        _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        _ when text.Length <= 4096 && BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big) => big,
        _ => throw Corrupt("integer argument is not a number"),
    };

    private static string ParseQuotedString(string line)
    {
        // Protocol 0 STRING: a repr() of a Python 2 str, quoted with ' or ".
        if (line.Length >= 2 && (line[0] == '\'' || line[0] == '"') && line[^1] == line[0])
        {
            return System.Text.RegularExpressions.Regex.Unescape(line[1..^1]);
        }

        return line;
    }

    private static string DecodeRawUnicodeEscape(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, @"\\u([0-9a-fA-F]{4})", m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    private ReadOnlySpan<byte> ReadSmall(int count)
    {
        var bytes = new byte[count];
        _input.ReadExactly(bytes);
        return bytes;
    }

    private long ReadUInt64()
    {
        var value = BinaryPrimitives.ReadUInt64LittleEndian(ReadSmall(8));
        return value > long.MaxValue ? throw _input.Truncated($"a payload of {value} bytes") : (long)value;
    }

    private void SetItems(Dictionary<object, object?> dict, object?[] items)
    {
        if (items.Length % 2 != 0)
        {
            throw Corrupt("SETITEMS with an odd number of items");
        }

        for (var i = 0; i < items.Length; i += 2)
        {
            dict[DictKey(items[i])] = items[i + 1];
        }
    }

    private object DictKey(object? key) => key switch
    {
        null => Values.NoneKey,
        PickleBlob { Kind: BlobKind.Utf8Text } text => text.ToText(),
        string or long or double or bool or BigInteger => key,
        PyTuple => key,
        _ => throw Corrupt($"unhashable dictionary key of type {key.GetType().Name}"),
    };

    private List<object?> AsList(object? target) => target as List<object?> ?? throw Corrupt("APPEND target is not a list");

    private Dictionary<object, object?> AsDict(object? target) => target switch
    {
        Dictionary<object, object?> d => d,
        _ => throw Corrupt("SETITEM target is not a dict"),
    };

    private object? Recall(long index) =>
        _memo.TryGetValue(index, out var value) ? value : throw Corrupt($"memo key {index} was never stored");

    private void Push(object? value) => _stack.Add(value);

    private object? Peek() =>
        _stack.Count > 0 && (_marks.Count == 0 || _marks.Peek() < _stack.Count) ? _stack[^1] : throw Corrupt("stack underflow");

    private object? Pop()
    {
        var value = Peek();
        _stack.RemoveAt(_stack.Count - 1);
        return value;
    }

    private object?[] PopMark()
    {
        if (_marks.Count == 0)
        {
            throw Corrupt("MARK expected");
        }

        var start = _marks.Pop();
        var items = _stack.GetRange(start, _stack.Count - start).ToArray();
        _stack.RemoveRange(start, _stack.Count - start);
        return items;
    }

    private LoadException Corrupt(string message) => _input.Error(LoadErrorCodes.Corrupt, $"{message} (offset {_input.Position})");
}
