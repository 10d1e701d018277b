namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// pandas' DataFrame pickle layout (1.3+ and 2.x): <c>DataFrame.__new__</c> + state dict whose <c>_mgr</c> is
/// <c>BlockManager(blocks, [columns, index])</c>. One block per column keeps the writer simple; pandas consolidates on use.
/// </summary>
internal static class PandasPickling
{
    public static void SaveFrame(PickleEmitter emitter, PandasFrame frame)
    {
        emitter.SaveGlobal("pandas.core.frame", "DataFrame");
        emitter.Op(Opcodes.EmptyTuple);
        emitter.Op(Opcodes.NewObj);
        emitter.Memoize(frame);

        emitter.Op(Opcodes.EmptyDict);
        emitter.Memoize(null);
        emitter.Op(Opcodes.Mark);
        emitter.SaveInterned("_mgr");
        emitter.SaveGlobal("pandas.core.internals.managers", "BlockManager");
        emitter.SaveTuple(
            () => emitter.SaveTuple([.. frame.Columns.Select<object, Action>((column, i) => () => SaveBlock(emitter, column, i, frame.RowCount))]),
            () => SaveAxes(emitter, frame));
        emitter.Op(Opcodes.Reduce);
        emitter.Memoize(null);
        emitter.SaveInterned("_typ");
        emitter.SaveInterned("dataframe");
        emitter.SaveInterned("_metadata");
        emitter.Op(Opcodes.EmptyList);
        emitter.Memoize(null);
        emitter.SaveInterned("attrs");
        emitter.Op(Opcodes.EmptyDict);
        emitter.Memoize(null);
        emitter.SaveInterned("_flags");
        emitter.Op(Opcodes.EmptyDict);
        emitter.Memoize(null);
        emitter.SaveInterned("allows_duplicate_labels");
        emitter.Op(Opcodes.NewTrue);
        emitter.Op(Opcodes.SetItem);
        emitter.Op(Opcodes.SetItems);
        emitter.Op(Opcodes.Build);
    }

    private static void SaveBlock(PickleEmitter emitter, object column, int position, int rows)
    {
        emitter.SaveGlobal("pandas._libs.internals", "_unpickle_block");
        emitter.SaveTuple(
            () =>
            {
                if (column is NdArray array)
                {
                    NumpyPickling.SaveArray(emitter, new NdArray(array.DType, [1, rows], array.Data));
                }
                else
                {
                    NumpyPickling.SaveObjectArray(emitter, (object?[])column, [1, rows]);
                }
            },
            () =>
            {
                emitter.SaveGlobal("builtins", "slice");
                emitter.SaveTuple(() => emitter.SaveLong(position), () => emitter.SaveLong(position + 1), () => emitter.SaveLong(1));
                emitter.Op(Opcodes.Reduce);
                emitter.Memoize(null);
            },
            () => emitter.SaveLong(2));
        emitter.Op(Opcodes.Reduce);
        emitter.Memoize(null);
    }

    private static void SaveAxes(PickleEmitter emitter, PandasFrame frame)
    {
        emitter.Op(Opcodes.EmptyList);
        emitter.Memoize(null);
        emitter.Op(Opcodes.Mark);
        SaveIndex(emitter, PandasIndex.FromValues(frame.ColumnNames.Cast<object?>().ToArray()));
        SaveIndex(emitter, frame.RowIndex);
        emitter.Op(Opcodes.Appends);
    }

    private static void SaveIndex(PickleEmitter emitter, PandasIndex index)
    {
        emitter.SaveGlobal("pandas.core.indexes.base", "_new_Index");
        emitter.SaveTuple(
            () =>
            {
                var (module, name) = IndexClass(emitter, index);
                emitter.SaveGlobal(module, name);
            },
            () =>
            {
                emitter.Op(Opcodes.EmptyDict);
                emitter.Memoize(null);
                emitter.Op(Opcodes.Mark);
                if (index.IsRange)
                {
                    emitter.SaveInterned("name");
                    SaveName(emitter, index.Name);
                    emitter.SaveInterned("start");
                    emitter.SaveLong(index.Start);
                    emitter.SaveInterned("stop");
                    emitter.SaveLong(index.Stop);
                    emitter.SaveInterned("step");
                    emitter.SaveLong(index.Step);
                }
                else
                {
                    emitter.SaveInterned("data");
                    if (index.Values is NdArray array)
                    {
                        NumpyPickling.SaveArray(emitter, array);
                    }
                    else
                    {
                        var items = (object?[])index.Values!;
                        NumpyPickling.SaveObjectArray(emitter, items, [items.Length]);
                    }

                    emitter.SaveInterned("name");
                    SaveName(emitter, index.Name);
                }

                emitter.Op(Opcodes.SetItems);
            });
        emitter.Op(Opcodes.Reduce);
        emitter.Memoize(null);
    }

    private static void SaveName(PickleEmitter emitter, string? name)
    {
        if (name is null)
        {
            emitter.Op(Opcodes.None);
        }
        else
        {
            emitter.SaveString(name);
        }
    }

    private static (string Module, string Name) IndexClass(PickleEmitter emitter, PandasIndex index)
    {
        if (index.IsRange)
        {
            return ("pandas.core.indexes.range", "RangeIndex");
        }

        // pandas 1.x pickles numeric indexes as their own classes; pandas 2.x removed them in favour of Index.
        if (!emitter.Numpy2 && index.Values is NdArray array)
        {
            switch (array.DType)
            {
                case DType.Int64:
                    return ("pandas.core.indexes.numeric", "Int64Index");
                case DType.UInt64:
                    return ("pandas.core.indexes.numeric", "UInt64Index");
                case DType.Float64:
                    return ("pandas.core.indexes.numeric", "Float64Index");
                default:
                    break;
            }
        }

        return ("pandas.core.indexes.base", "Index");
    }
}
