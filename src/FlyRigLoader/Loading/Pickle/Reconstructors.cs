namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// Dispatch from an allow-listed global to its .NET re-implementation. A global that is allowed but called in a way
/// this table does not know (say <c>numpy.ndarray(...)</c> directly) is refused rather than approximated.
/// </summary>
internal static class Reconstructors
{
    public static object? Call(PyGlobal callable, PyTuple args, PickleInput input)
    {
        switch (callable.ToString())
        {
            case "numpy.core.multiarray._reconstruct":
                return new NumpyArrayValue();
            case "numpy.dtype":
                return NumpyReconstruction.NewDType(args, input);
            case "numpy.core.numeric._frombuffer":
                return NumpyReconstruction.FromBuffer(args, input);
            case "numpy.core.multiarray.scalar":
                return NumpyReconstruction.Scalar(args, input);
            case "_codecs.encode":
                return NumpyReconstruction.EncodeLatin1(args, input);
            case "builtins.bytes":
            case "builtins.bytearray":
                return Bytes(callable, args, input);
            case "builtins.set":
            case "builtins.frozenset":
                return new PySet(args.Count == 0 ? [] : [.. Iterate(args[0], input)]);
            case "builtins.list":
                return args.Count == 0 ? [] : new List<object?>(Iterate(args[0], input));
            case "builtins.tuple":
                return new PyTuple(args.Count == 0 ? [] : [.. Iterate(args[0], input)]);
            case "builtins.dict":
            case "collections.OrderedDict":
                return OrderedDict(args, input);
            case "builtins.slice":
                return args.Count == 3
                    ? new PySlice(Values.AsLong(args[0]), Values.AsLong(args[1]), Values.AsLong(args[2]))
                    : throw input.Error(LoadErrorCodes.Unsupported, "slice() with other than three arguments");
            case "copyreg._reconstructor":
                return args is { Count: 3 } && args[0] is PyGlobal type && args[1] is PyGlobal { Name: "object" }
                    ? New(type, PyTuple.Empty, input)
                    : throw input.Error(LoadErrorCodes.Unsupported, "copyreg._reconstructor is only supported for allow-listed classes built on object");
            case "pandas._libs.internals._unpickle_block":
                return PandasReconstruction.UnpickleBlock(args, input);
            case "pandas.core.internals.managers.BlockManager":
                return PandasReconstruction.NewManager(args, input);
            case "pandas.core.indexes.base._new_Index":
                return PandasReconstruction.NewIndex(args, input);
            default:
                throw input.Error(LoadErrorCodes.Unsupported, $"'{callable}' cannot be called; it is allowed only as an argument");
        }
    }

    public static object New(PyGlobal type, PyTuple args, PickleInput input)
    {
        if (type.ToString() == "pandas.core.frame.DataFrame")
        {
            return new PandasFrameValue();
        }

        return GlobalAllowList.IsInstantiable(type)
            ? new PyInstance(type, args)
            : throw input.Error(LoadErrorCodes.Unsupported, $"'{type}' cannot be instantiated by this loader");
    }

    public static void Build(object? target, object? state, PickleInput input)
    {
        switch (target)
        {
            case NumpyArrayValue array when !array.IsFilled:
                NumpyReconstruction.SetArrayState(array, state, input);
                break;
            case NumpyDType dtype:
                NumpyReconstruction.SetDTypeState(dtype, state, input);
                break;
            case PandasFrameValue frame:
                PandasReconstruction.SetFrameState(frame, state, input);
                break;
            case PyInstance instance:
                instance.State = state;
                break;
            case Dictionary<object, object?> dict when state is Dictionary<object, object?> extra:
                foreach (var (key, value) in extra)
                {
                    dict[key] = value;
                }

                break;
            default:
                throw input.Error(LoadErrorCodes.Unsupported, $"BUILD on a {target?.GetType().Name ?? "None"} is not supported");
        }
    }

    private static PickleBlob Bytes(PyGlobal callable, PyTuple args, PickleInput input)
    {
        var kind = callable.Name == "bytes" ? BlobKind.Bytes : BlobKind.ByteArray;
        return args.Count switch
        {
            0 => PickleBlob.FromArray([], kind),
            1 when args[0] is PickleBlob blob => PickleBlob.FromArray(blob.ToArray(), kind),
            1 when args[0] is List<object?> list => PickleBlob.FromArray([.. list.Select(v => v is long b and >= 0 and <= 255 ? (byte)b : throw input.Error(LoadErrorCodes.Corrupt, "bytes() item outside 0..255"))], kind),
            2 => PickleBlob.FromArray(NumpyReconstruction.EncodeLatin1(args, input).ToArray(), kind),
            _ => throw input.Error(LoadErrorCodes.Unsupported, $"{callable.Name}() with these arguments is not supported"),
        };
    }

    private static Dictionary<object, object?> OrderedDict(PyTuple args, PickleInput input)
    {
        var dict = new Dictionary<object, object?>();
        if (args.Count == 0)
        {
            return dict;
        }

        if (args[0] is Dictionary<object, object?> source)
        {
            foreach (var (k, v) in source)
            {
                dict[k] = v;
            }

            return dict;
        }

        foreach (var pair in Iterate(args[0], input))
        {
            if (pair is not PyTuple { Count: 2 } kv || kv[0] is not { } key)
            {
                throw input.Error(LoadErrorCodes.Corrupt, "dict() item is not a (key, value) pair");
            }

            dict[key] = kv[1];
        }

        return dict;
    }

    private static IEnumerable<object?> Iterate(object? value, PickleInput input) => value switch
    {
        List<object?> list => list,
        PyTuple tuple => tuple.Items,
        PySet set => set.Items,
        _ => throw input.Error(LoadErrorCodes.Unsupported, $"cannot iterate a {value?.GetType().Name ?? "None"}"),
    };
}
