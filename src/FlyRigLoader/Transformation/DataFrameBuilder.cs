using System.Globalization;
using Apache.Arrow;
using FlyRigLoader.Errors;
using FlyRigLoader.Loading;
using Array = System.Array;

namespace FlyRigLoader.Transformation;

/// <summary>
/// Builds the per-recording table (the original <c>make_dataframe_from_config</c>) as an Apache Arrow
/// <see cref="RecordBatch"/>.
/// </summary>
/// <remarks>
/// Arrow rather than Microsoft.Data.Analysis: Arrow columns are plain buffers that can sit on the arrays the pickle
/// was decoded into (no copy for numeric columns, so a 1M-row table costs microseconds), a 2-D signal becomes a
/// FixedSizeList over one contiguous buffer instead of a million small arrays, and the same batch goes to Arrow
/// IPC/Feather or Parquet and opens in Python with pyarrow/pandas/polars unchanged. DataFrameColumn copies on
/// construction and has no standard file or cross-language format.
/// </remarks>
public static class DataFrameBuilder
{
    /// <summary>Name of the column added when <see cref="TransformOptions.FilePath"/> is set.</summary>
    public const string FilePathColumn = "file_path";

    /// <summary>Schema metadata key holding the column config's source name.</summary>
    public const string ColumnConfigMetadataKey = "flyrigloader.column_config";

    private static readonly Dictionary<Type, DType> DTypeByElement =
        Enum.GetValues<DType>().ToDictionary(NdArray.ElementType);

    /// <summary>
    /// Turns an experiment matrix into a table with the configured columns, in config order, then metadata columns,
    /// then <c>file_path</c>. Keys that the config does not name are dropped.
    /// </summary>
    /// <param name="expMatrix">Loaded data: <see cref="NdArray"/> values, scalars, strings, <c>string?[]</c>.</param>
    /// <param name="config">Column config, e.g. <see cref="ColumnConfig.Default"/>.</param>
    /// <param name="options">Metadata values, skipped columns, source file path.</param>
    /// <exception cref="TransformException">Empty input, a missing required column, a bad shape, mismatched lengths or an unsupported value.</exception>
    public static RecordBatch Build(IReadOnlyDictionary<string, object?> expMatrix, ColumnConfig config, TransformOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(expMatrix);
        ArgumentNullException.ThrowIfNull(config);
        options ??= new TransformOptions();
        if (expMatrix.Count == 0)
        {
            throw new TransformException(
                TransformErrorCodes.EmptyInput,
                "the experiment matrix is empty",
                options.FilePath,
                "check that the file holds a recording (a dict of arrays)");
        }

        var skip = new HashSet<string>(options.SkipColumns ?? [], StringComparer.Ordinal);
        CheckRequired(expMatrix, config, skip, options.FilePath);

        var slots = new List<Slot>();
        foreach (var column in config.Columns)
        {
            if (skip.Contains(column.Name) || column.IsMetadata)
            {
                continue;
            }

            var key = column.Alias is not null && expMatrix.ContainsKey(column.Alias) ? column.Alias : column.Name;
            if (expMatrix.TryGetValue(key, out var value))
            {
                slots.Add(Resolve(column, key, value, expMatrix));
            }
            else if (column.HasDefaultValue)
            {
                slots.Add(new Slot(column, column.Name, null, null, column.DefaultValue));
            }
        }

        var rows = RowCount(slots, options.FilePath);
        var constants = new ConstantColumns(rows);
        foreach (var column in config.Columns.Where(c => c.IsMetadata && !skip.Contains(c.Name)))
        {
            if (options.Metadata is not null && options.Metadata.TryGetValue(column.Name, out var text))
            {
                slots.Add(new Slot(column, column.Name, null, constants.String(text), null));
            }
        }

        if (options.FilePath is not null)
        {
            slots.RemoveAll(s => s.Name == FilePathColumn);
            slots.Add(new Slot(null, FilePathColumn, null, constants.String(Path.GetFullPath(options.FilePath)), null));
        }

        var arrays = slots.Select(s => s.Array ?? Broadcast(constants, s)).ToList();
        var fields = slots.Select((s, i) => new Field(s.Name, arrays[i].Data.DataType, arrays[i].NullCount > 0, FieldMetadata(s)));
        var schema = new Schema(fields, [new(ColumnConfigMetadataKey, config.SourceName)]);
        return new RecordBatch(schema, arrays, rows);
    }

    private static void CheckRequired(
        IReadOnlyDictionary<string, object?> expMatrix, ColumnConfig config, HashSet<string> skip, string? location)
    {
        var missing = config.Columns
            .Where(c => c.Required && !c.IsMetadata && !skip.Contains(c.Name))
            .Where(c => !expMatrix.ContainsKey(c.Name) && (c.Alias is null || !expMatrix.ContainsKey(c.Alias)))
            .Select(c => c.Alias is null ? c.Name : $"{c.Name} (alias {c.Alias})")
            .ToList();
        if (missing.Count > 0)
        {
            throw new TransformException(
                TransformErrorCodes.MissingColumn,
                $"missing required columns: {string.Join(", ", missing)}; available keys: {string.Join(", ", expMatrix.Keys.Order(StringComparer.Ordinal))}",
                location,
                "add the keys to the data, give the column an alias that exists, or list it in TransformOptions.SkipColumns");
        }
    }

    private static Slot Resolve(ColumnDefinition column, string key, object? value, IReadOnlyDictionary<string, object?> expMatrix)
    {
        switch (value)
        {
            case NdArray array:
                return FromArray(column, key, array, expMatrix);
            case string?[] strings:
                var builder = new StringArray.Builder();
                foreach (var text in strings)
                {
                    _ = text is null ? builder.AppendNull() : builder.Append(text);
                }

                return new Slot(column, column.Name, key, builder.Build(), null);
            case Array plain when NumericDType(plain) is { } dtype && plain.Rank == 1:
                return FromArray(column, key, new NdArray(dtype, [plain.Length], plain), expMatrix);
            case null or string or bool or long or int or double or float:
                return new Slot(column, column.Name, key, null, value);
            default:
                throw new TransformException(
                    TransformErrorCodes.UnsupportedValue,
                    $"column '{column.Name}' (key '{key}') holds a {value.GetType().Name}, which cannot become a column",
                    hint: "columns come from numpy arrays, string lists or scalars; drop the column from the config or skip it");
        }
    }

    private static Slot FromArray(ColumnDefinition column, string key, NdArray array, IReadOnlyDictionary<string, object?> expMatrix)
    {
        if (column.SpecialHandling == SpecialHandling.TransformToMatchTimeDimension)
        {
            return new Slot(column, column.Name, key, TimeMatrix.Build(array, TimeLength(column, expMatrix), column.Name), null);
        }

        var shape = array.Shape;
        if (shape.Count == 0)
        {
            return new Slot(column, column.Name, key, null, ScalarOf(array));
        }

        IArrowArray result;
        if (shape.Count == 1 || (shape.Count == 2 && (shape[0] == 1 || shape[1] == 1)))
        {
            // (N,), (N,1) and (1,N) hold the same N values in the same storage order: share it.
            result = ArrowColumns.Slice(array, 0, array.Length);
        }
        else if (shape.Count == 2 && column.SpecialHandling == SpecialHandling.ExtractFirstColumnIfTwoDimensional && shape[1] > 0)
        {
            result = array.IsFortranOrder
                ? ArrowColumns.Slice(array, 0, shape[0])
                : ArrowColumns.Gather(array, 0, shape[1], shape[0]);
        }
        else
        {
            throw new TransformException(
                TransformErrorCodes.BadShape,
                $"column '{column.Name}' (key '{key}') must be 1-D but has shape {TimeMatrix.ShapeText(shape)}",
                hint: "use special_handling: transform_to_match_time_dimension or extract_first_column_if_2d for 2-D data");
        }

        return new Slot(column, column.Name, key, result, null);
    }

    private static int TimeLength(ColumnDefinition column, IReadOnlyDictionary<string, object?> expMatrix)
    {
        if (expMatrix.TryGetValue("t", out var t) && t is NdArray { Shape.Count: > 0 } time)
        {
            return time.Shape[0];
        }

        throw new TransformException(
            TransformErrorCodes.MissingColumn,
            $"column '{column.Name}' uses transform_to_match_time_dimension, which needs the time array 't'; available keys: {string.Join(", ", expMatrix.Keys.Order(StringComparer.Ordinal))}",
            hint: "the data must contain 't' as a 1-D array, or skip the column");
    }

    private static int RowCount(List<Slot> slots, string? location)
    {
        var sized = slots.Where(s => s.Array is not null).ToList();
        if (sized.Count == 0)
        {
            throw new TransformException(
                TransformErrorCodes.EmptyInput,
                "no configured column holds an array, so the number of rows is unknown",
                location,
                "check the column config and skip_columns against the data's keys");
        }

        var rows = sized[0].Array!.Length;
        if (sized.Any(s => s.Array!.Length != rows))
        {
            var lengths = string.Join(", ", sized.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name}={s.Array!.Length}")));
            throw new TransformException(
                TransformErrorCodes.LengthMismatch,
                $"columns have different lengths: {lengths}",
                location,
                "every array column must have one value per time point");
        }

        return rows;
    }

    private static IArrowArray Broadcast(ConstantColumns constants, Slot slot)
    {
        var isString = slot.Column is { IsArrayType: false };
        return slot.Constant is null ? ConstantColumns.Null(constants.Length) : constants.Value(slot.Constant, isString);
    }

    private static object ScalarOf(NdArray array) => array.Data.GetValue(0) switch
    {
        bool flag => flag,
        double or float => Convert.ToDouble(array.Data.GetValue(0), CultureInfo.InvariantCulture),
        var other => Convert.ToInt64(other, CultureInfo.InvariantCulture),
    };

    // By exact element type, not by type pattern: the CLR lets a byte[] match sbyte[] (and uint[] match int[]).
    private static DType? NumericDType(Array array) =>
        array.GetType().GetElementType() is { } element && DTypeByElement.TryGetValue(element, out var dtype) ? dtype : null;

    private static Dictionary<string, string> FieldMetadata(Slot slot)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (slot.Column is null)
        {
            metadata["description"] = "Absolute path of the file the rows were loaded from";
            return metadata;
        }

        metadata["description"] = slot.Column.Description;
        if (slot.Column.Unit is not null)
        {
            metadata["unit"] = slot.Column.Unit;
        }

        if (slot.SourceKey is not null && slot.SourceKey != slot.Name)
        {
            metadata["source_key"] = slot.SourceKey;
        }

        return metadata;
    }

    /// <summary>One output column: built (<see cref="Array"/>) or a scalar to broadcast once the row count is known.</summary>
    private sealed record Slot(ColumnDefinition? Column, string Name, string? SourceKey, IArrowArray? Array, object? Constant);
}
