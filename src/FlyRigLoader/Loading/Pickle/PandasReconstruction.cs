using System.Globalization;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// pandas' pickle layouts, decoded: <c>BlockManager(blocks, axes)</c> with <c>_unpickle_block(values, placement, ndim)</c>
/// (pandas ≥ 1.3, incl. 2.x) and the legacy <c>BlockManager.__setstate__</c> tuple with its "0.14.1" dictionary.
/// </summary>
internal static class PandasReconstruction
{
    private const string LegacyStateKey = "0.14.1";

    public static PandasBlock UnpickleBlock(PyTuple args, PickleInput input)
    {
        if (args.Count < 2 || args[0] is not NumpyArrayValue values)
        {
            throw input.Error(LoadErrorCodes.Unsupported, "pandas block values are not a numpy array (extension arrays are not supported)");
        }

        return new PandasBlock(values, Placement(args[1], values, input));
    }

    public static PandasManager NewManager(PyTuple args, PickleInput input)
    {
        if (args.Count < 2 || args[0] is not (PyTuple or List<object?>) || args[1] is not List<object?> axes)
        {
            throw input.Error(LoadErrorCodes.Corrupt, "BlockManager expects (blocks, axes)");
        }

        var blocks = Items(args[0]).Select(b => b as PandasBlock ?? throw input.Error(LoadErrorCodes.Corrupt, "BlockManager block is not a pandas block")).ToList();
        return new PandasManager(blocks, [.. axes.Select(a => AsIndex(a, input))]);
    }

    public static PandasIndex NewIndex(PyTuple args, PickleInput input)
    {
        if (args.Count != 2 || args[0] is not PyGlobal type || args[1] is not Dictionary<object, object?> fields)
        {
            throw input.Error(LoadErrorCodes.Corrupt, "_new_Index expects (class, dict)");
        }

        var name = fields.TryGetValue("name", out var n) ? Label(n) : null;
        if (type.Name == "RangeIndex")
        {
            return PandasIndex.Range(Long(fields, "start", 0), Long(fields, "stop", 0), Long(fields, "step", 1), name);
        }

        if (!fields.TryGetValue("data", out var data) || data is not NumpyArrayValue array || array.Shape.Count != 1)
        {
            throw input.Error(LoadErrorCodes.Unsupported, $"pandas {type.Name} without 1-D numpy data is not supported");
        }

        return PandasIndex.FromValues(Column(array, 0, input), name);
    }

    public static void SetFrameState(PandasFrameValue frame, object? state, PickleInput input)
    {
        if (state is not Dictionary<object, object?> fields)
        {
            throw input.Error(LoadErrorCodes.Unsupported, "DataFrame state is not a dictionary (pre-0.14 pandas pickles are not supported)");
        }

        var manager = (fields.TryGetValue("_mgr", out var m) ? m : fields.GetValueOrDefault("_data")) switch
        {
            PandasManager pm => pm,
            PyInstance { Type.Name: "BlockManager", State: PyTuple legacy } => Legacy(legacy, input),
            _ => throw input.Error(LoadErrorCodes.Unsupported, "DataFrame has no BlockManager (_mgr)"),
        };

        frame.Frame = ToFrame(manager, input);
    }

    private static PandasManager Legacy(PyTuple state, PickleInput input)
    {
        if (state.Count < 4 || state[3] is not Dictionary<object, object?> extra || extra.GetValueOrDefault(LegacyStateKey) is not Dictionary<object, object?> v)
        {
            throw input.Error(LoadErrorCodes.Unsupported, "legacy BlockManager state without the '0.14.1' layout is not supported");
        }

        var axes = Items(v.GetValueOrDefault("axes")).Select(a => AsIndex(a, input)).ToList();
        var blocks = new List<PandasBlock>();
        foreach (var item in Items(v.GetValueOrDefault("blocks")))
        {
            if (item is not Dictionary<object, object?> b || b.GetValueOrDefault("values") is not NumpyArrayValue values)
            {
                throw input.Error(LoadErrorCodes.Unsupported, "legacy block without numpy values");
            }

            blocks.Add(new PandasBlock(values, Placement(b.GetValueOrDefault("mgr_locs"), values, input)));
        }

        return new PandasManager(blocks, axes);
    }

    private static PandasFrame ToFrame(PandasManager manager, PickleInput input)
    {
        if (manager.Axes.Count != 2)
        {
            throw input.Error(LoadErrorCodes.Unsupported, "a DataFrame BlockManager has two axes (Series are not supported)");
        }

        var columnsIndex = manager.Axes[0];
        var names = Labels(columnsIndex);
        var columns = new object?[names.Count];
        foreach (var block in manager.Blocks)
        {
            for (var j = 0; j < block.Positions.Length; j++)
            {
                var position = block.Positions[j];
                if (position < 0 || position >= columns.Length || columns[position] is not null)
                {
                    throw input.Error(LoadErrorCodes.Corrupt, $"block places a column at invalid or duplicate position {position}");
                }

                columns[position] = Column(block.Values, j, input);
            }
        }

        if (Array.IndexOf(columns, null) is var missing and >= 0)
        {
            throw input.Error(LoadErrorCodes.Corrupt, $"no block holds column '{names[missing]}'");
        }

        try
        {
            return new PandasFrame(names, columns!, manager.Axes[1]);
        }
        catch (ArgumentException ex)
        {
            throw input.Error(LoadErrorCodes.Corrupt, $"inconsistent DataFrame: {ex.Message}");
        }
    }

    /// <summary>Row <paramref name="row"/> of a block's (k × n) values, or the whole array when it is 1-D.</summary>
    internal static object Column(NumpyArrayValue values, int row, PickleInput input)
    {
        var shape = values.Shape;
        int k, n;
        switch (shape.Count)
        {
            case 1:
                k = 1;
                n = shape[0];
                break;
            case 2:
                k = shape[0];
                n = shape[1];
                break;
            default:
                throw input.Error(LoadErrorCodes.Unsupported, $"pandas block of {shape.Count} dimensions");
        }

        if (values.Numeric is { } numeric)
        {
            if (k == 1)
            {
                // A single-column block already is the column: no copy.
                return new NdArray(numeric.DType, [n], numeric.Data);
            }

            // C order: the column is one contiguous run. F order (a block made from a 2-D array): stride k.
            var column = values.IsFortranOrder
                ? Strided(numeric, row, k, n)
                : Contiguous(numeric.Data, (long)row * n, n);
            return new NdArray(numeric.DType, [n], column);
        }

        var objects = values.Objects!;
        var items = new object?[n];
        for (var i = 0; i < n; i++)
        {
            items[i] = objects[values.IsFortranOrder ? row + ((long)i * k) : ((long)row * n) + i];
        }

        return ObjectColumn(items);
    }

    private static Array Contiguous(Array source, long start, int n)
    {
        var column = Array.CreateInstance(source.GetType().GetElementType()!, n);
        Array.Copy(source, start, column, 0, n);
        return column;
    }

    private static Array Strided(NdArray block, int start, int stride, int n) => block.Data switch
    {
        double[] d => Strided(d, start, stride, n),
        float[] f => Strided(f, start, stride, n),
        long[] l => Strided(l, start, stride, n),
        int[] i => Strided(i, start, stride, n),
        short[] h => Strided(h, start, stride, n),
        sbyte[] b => Strided(b, start, stride, n),
        ulong[] ul => Strided(ul, start, stride, n),
        uint[] ui => Strided(ui, start, stride, n),
        ushort[] uh => Strided(uh, start, stride, n),
        byte[] ub => Strided(ub, start, stride, n),
        bool[] z => Strided(z, start, stride, n),
        _ => throw new InvalidOperationException($"unexpected block storage {block.Data.GetType().Name}"),
    };

    private static T[] Strided<T>(T[] source, int start, int stride, int n)
    {
        var column = new T[n];
        for (long i = 0, j = start; i < n; i++, j += stride)
        {
            column[i] = source[j];
        }

        return column;
    }

    /// <summary>Object columns of strings become <c>string?[]</c>; NaN counts as missing there, as it does in pandas.</summary>
    internal static object ObjectColumn(object?[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = items[i] is PickleBlob { Kind: BlobKind.Utf8Text } text ? text.ToText() : items[i];
        }

        if (!items.All(v => v is null or string || (v is double d && double.IsNaN(d))))
        {
            return items;
        }

        return items.Select(v => v as string).ToArray();
    }

    private static int[] Placement(object? placement, NumpyArrayValue values, PickleInput input)
    {
        switch (placement)
        {
            case PySlice slice:
                {
                    var count = values.Shape.Count == 2 ? values.Shape[0] : 1;
                    var start = slice.Start ?? 0;
                    var step = slice.Step ?? 1;
                    return [.. Enumerable.Range(0, count).Select(i => checked((int)(start + (i * step))))];
                }

            case NumpyArrayValue { Numeric: { } locs }:
                return locs.DType == DType.Int64
                    ? [.. locs.AsSpan<long>().ToArray().Select(l => checked((int)l))]
                    : throw input.Error(LoadErrorCodes.Corrupt, "block placement array is not int64");
            case List<object?> list:
                return [.. list.Select(l => l is long v ? checked((int)v) : throw input.Error(LoadErrorCodes.Corrupt, "block placement item is not an integer"))];
            default:
                throw input.Error(LoadErrorCodes.Corrupt, "block placement is neither a slice nor an integer array");
        }
    }

    private static PandasIndex AsIndex(object? value, PickleInput input) =>
        value as PandasIndex ?? throw input.Error(LoadErrorCodes.Unsupported, $"axis of type {value?.GetType().Name ?? "None"} is not a pandas Index");

    private static List<string> Labels(PandasIndex index)
    {
        if (index.IsRange)
        {
            return [.. Enumerable.Range(0, index.Length).Select(i => (index.Start + (i * index.Step)).ToString(CultureInfo.InvariantCulture))];
        }

        return index.Values switch
        {
            string?[] strings => [.. strings.Select(s => s ?? "None")],
            object?[] objects => [.. objects.Select(o => Label(o) ?? "None")],
            NdArray array => [.. Enumerable.Range(0, array.Length).Select(i => Convert.ToString(array.Data.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty)],
            _ => [],
        };
    }

    private static string? Label(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static long Long(Dictionary<object, object?> fields, string key, long fallback) =>
        fields.TryGetValue(key, out var v) && Values.AsLong(v) is { } l ? l : fallback;

    private static IEnumerable<object?> Items(object? value) => value switch
    {
        PyTuple t => t.Items,
        List<object?> l => l,
        _ => [],
    };
}
