using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using CsCheck;
using FlyRigLoader.Errors;
using FlyRigLoader.Loading;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Tests.Transformation;

/// <summary>Protects make_dataframe_from_config semantics (spec §3.4) on the Arrow output.</summary>
public sealed class DataFrameBuilderTests
{
    private static readonly string[] DefaultDataColumns =
        ["t", "trjn", "x", "y", "signal", "theta", "theta_smooth", "dtheta", "vx", "vy", "spd", "jump"];

    [Fact]
    public void Build_default_config_produces_configured_names_in_order()
    {
        var batch = DataFrameBuilder.Build(Recordings.Default(5), ColumnConfig.Default);

        Assert.Equal(DefaultDataColumns, batch.Schema.FieldsList.Select(f => f.Name));
        Assert.Equal(5, batch.Length);
        Assert.Equal(603.0, Doubles(batch, "dtheta").GetValue(3));
        Assert.Equal(1004.0, Doubles(batch, "jump").GetValue(4));
    }

    [Fact]
    public void Build_alias_and_name_both_present_alias_wins()
    {
        var data = Recordings.Default(3);
        data["dtheta"] = Recordings.Ramp(3, -50);

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

        Assert.Equal(600.0, Doubles(batch, "dtheta").GetValue(0));
        Assert.Equal("dtheta_smooth", batch.Schema.GetFieldByName("dtheta").Metadata["source_key"]);
    }

    [Fact]
    public void Build_name_without_alias_uses_name()
    {
        var data = Recordings.Default(3);
        data.Remove("vx_smooth");
        data["vx"] = Recordings.Ramp(3, -7);

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

        Assert.Equal(-7.0, Doubles(batch, "vx").GetValue(0));
        Assert.False(batch.Schema.GetFieldByName("vx").Metadata.ContainsKey("source_key"));
    }

    [Fact]
    public void Build_missing_required_names_columns_and_available_keys()
    {
        var data = Recordings.Default(3);
        data.Remove("x");
        data.Remove("jumps");

        var ex = Assert.Throws<TransformException>(() => DataFrameBuilder.Build(data, ColumnConfig.Default, new TransformOptions { FilePath = "rec.pkl" }));

        Assert.Equal(TransformErrorCodes.MissingColumn, ex.Code);
        Assert.Contains("missing required columns: x, jump (alias jumps)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("available keys: dtheta_smooth, spd_smooth, t,", ex.Message, StringComparison.Ordinal);
        Assert.Equal("rec.pkl", ex.Location);
        Assert.NotNull(ex.Hint);
    }

    [Fact]
    public void Build_skipped_required_column_is_neither_checked_nor_output()
    {
        var data = Recordings.Default(3);
        data.Remove("x");

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default, new TransformOptions { SkipColumns = ["x", "y"] });

        Assert.Null(batch.Schema.GetFieldByName("x"));
        Assert.Null(batch.Schema.GetFieldByName("y"));
        Assert.NotNull(batch.Schema.GetFieldByName("t"));
    }

    [Fact]
    public void Build_optional_with_null_default_is_all_null_column()
    {
        var batch = DataFrameBuilder.Build(Recordings.Default(4), ColumnConfig.Default);

        var signal = Assert.IsType<NullArray>(batch.Column("signal"));
        Assert.Equal(4, signal.Length);
        Assert.Equal(4, signal.NullCount);
        Assert.All(Enumerable.Range(0, 4), i => Assert.True(signal.IsNull(i)));
        Assert.True(batch.Schema.GetFieldByName("signal").IsNullable);
    }

    [Fact]
    public void Build_optional_without_default_is_omitted()
    {
        var batch = DataFrameBuilder.Build(Recordings.Default(4), ColumnConfig.Default);

        Assert.Null(batch.Schema.GetFieldByName("signal_disp"));
    }

    [Fact]
    public void Build_scalar_defaults_are_broadcast()
    {
        var config = ColumnConfig.Parse(
            """
            columns:
              t: {type: numpy.ndarray, description: Time}
              gain: {type: numpy.ndarray, description: Gain, default_value: 2.5}
              count: {type: numpy.ndarray, description: Count, default_value: 3}
              on: {type: numpy.ndarray, description: On, default_value: true}
              tag: {type: str, description: Tag, default_value: abc}
              none: {type: str, description: None, default_value: null}
            """,
            "d.yaml");

        var batch = DataFrameBuilder.Build(new Dictionary<string, object?> { ["t"] = Recordings.Ramp(3, 0) }, config);

        Assert.Equal(2.5, Doubles(batch, "gain").GetValue(2));
        Assert.Equal(3L, ((Int64Array)batch.Column("count")).GetValue(1));
        Assert.True(((BooleanArray)batch.Column("on")).GetValue(2));
        Assert.Equal("abc", DictionaryString(batch, "tag", 2));
        Assert.IsType<NullArray>(batch.Column("none"));
    }

    [Fact]
    public void Build_unknown_keys_are_dropped()
    {
        var data = Recordings.Default(3);
        data["camera_frames"] = Recordings.Ramp(3, 0);
        data["notes"] = new List<object?> { "a" };

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

        Assert.Equal(DefaultDataColumns, batch.Schema.FieldsList.Select(f => f.Name));
    }

    [Fact]
    public void Build_metadata_only_configured_metadata_keys_become_constant_columns()
    {
        var options = new TransformOptions
        {
            Metadata = new Dictionary<string, string?> { ["date"] = "2024-01-31", ["rig"] = null, ["fly_id"] = "f7", ["t"] = "not metadata" },
        };

        var batch = DataFrameBuilder.Build(Recordings.Default(3), ColumnConfig.Default, options);

        Assert.Equal([.. DefaultDataColumns, "date", "rig"], batch.Schema.FieldsList.Select(f => f.Name));
        Assert.Equal("2024-01-31", DictionaryString(batch, "date", 2));
        Assert.Null(DictionaryString(batch, "rig", 1));
        Assert.Equal(0.0, Doubles(batch, "t").GetValue(0));
        Assert.IsType<DictionaryType>(batch.Schema.GetFieldByName("date").DataType);
    }

    [Fact]
    public void Build_metadata_in_data_is_not_used_without_option()
    {
        var data = Recordings.Default(2);
        data["date"] = "2024-01-31";

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

        Assert.Null(batch.Schema.GetFieldByName("date"));
    }

    [Fact]
    public void Build_skipped_metadata_is_not_added()
    {
        var options = new TransformOptions { Metadata = new Dictionary<string, string?> { ["date"] = "d" }, SkipColumns = ["date"] };

        var batch = DataFrameBuilder.Build(Recordings.Default(2), ColumnConfig.Default, options);

        Assert.Null(batch.Schema.GetFieldByName("date"));
    }

    [Fact]
    public void Build_file_path_adds_absolute_path_column_last()
    {
        var batch = DataFrameBuilder.Build(Recordings.Default(3), ColumnConfig.Default, new TransformOptions { FilePath = "data/rec.pkl" });

        Assert.Equal(DataFrameBuilder.FilePathColumn, batch.Schema.FieldsList[^1].Name);
        Assert.Equal(Path.GetFullPath("data/rec.pkl"), DictionaryString(batch, "file_path", 2));
        Assert.True(Path.IsPathRooted(DictionaryString(batch, "file_path", 0)));
    }

    [Fact]
    public void Build_no_file_path_has_no_file_path_column()
    {
        var batch = DataFrameBuilder.Build(Recordings.Default(3), ColumnConfig.Default);

        Assert.Null(batch.Schema.GetFieldByName(DataFrameBuilder.FilePathColumn));
    }

    [Fact]
    public void Build_writes_descriptions_units_and_config_source()
    {
        var batch = DataFrameBuilder.Build(Recordings.Default(2), ColumnConfig.Default);

        var x = batch.Schema.GetFieldByName("x");
        Assert.Equal("X position", x.Metadata["description"]);
        Assert.Equal("mm", x.Metadata["unit"]);
        Assert.False(batch.Schema.GetFieldByName("trjn").Metadata.ContainsKey("unit"));
        Assert.Equal("embedded:column_config.yaml", batch.Schema.Metadata[DataFrameBuilder.ColumnConfigMetadataKey]);
    }

    [Fact]
    public void Build_empty_matrix_throws()
    {
        var ex = Assert.Throws<TransformException>(() => DataFrameBuilder.Build(new Dictionary<string, object?>(), ColumnConfig.Default));

        Assert.Equal(TransformErrorCodes.EmptyInput, ex.Code);
    }

    [Fact]
    public void Build_length_mismatch_lists_lengths()
    {
        var data = Recordings.Default(3);
        data["x"] = Recordings.Ramp(4, 0);

        var ex = Assert.Throws<TransformException>(() => DataFrameBuilder.Build(data, ColumnConfig.Default));

        Assert.Equal(TransformErrorCodes.LengthMismatch, ex.Code);
        Assert.Contains("x=4", ex.Message, StringComparison.Ordinal);
        Assert.Contains("t=3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_unsupported_value_names_column()
    {
        var data = Recordings.Default(3);
        data["theta"] = new Dictionary<string, object?>();

        var ex = Assert.Throws<TransformException>(() => DataFrameBuilder.Build(data, ColumnConfig.Default));

        Assert.Equal(TransformErrorCodes.UnsupportedValue, ex.Code);
        Assert.Contains("'theta'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_no_array_column_throws()
    {
        var config = ColumnConfig.Parse("columns:\n  a: {type: str, description: A, default_value: x}\n", "a.yaml");

        var ex = Assert.Throws<TransformException>(() => DataFrameBuilder.Build(new Dictionary<string, object?> { ["b"] = 1L }, config));

        Assert.Equal(TransformErrorCodes.EmptyInput, ex.Code);
    }

    [Fact]
    public void Build_scalar_in_data_is_broadcast()
    {
        var data = Recordings.Default(3);
        data["trjn"] = 4L;

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

        Assert.Equal([4L, 4L, 4L], ((Int64Array)batch.Column("trjn")).Values.ToArray());
    }

    [Fact]
    public void Build_string_list_column_keeps_nulls()
    {
        var config = ColumnConfig.Parse("columns:\n  t: {type: numpy.ndarray, description: T}\n  label: {type: str, description: L}\n", "l.yaml");
        var data = new Dictionary<string, object?> { ["t"] = Recordings.Ramp(3, 0), ["label"] = new string?[] { "a", null, "c" } };

        var labels = (StringArray)DataFrameBuilder.Build(data, config).Column("label");

        Assert.Equal(["a", null, "c"], Enumerable.Range(0, 3).Select(i => labels.GetString(i)));
    }

    [Fact]
    public void Build_plain_typed_array_is_accepted()
    {
        var data = Recordings.Default(3);
        data["x"] = new[] { 7.0, 8.0, 9.0 };

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

        Assert.Equal(9.0, Doubles(batch, "x").GetValue(2));
    }

    [Theory]
    [InlineData(DType.Float64)]
    [InlineData(DType.Float32)]
    [InlineData(DType.Int8)]
    [InlineData(DType.Int16)]
    [InlineData(DType.Int32)]
    [InlineData(DType.Int64)]
    [InlineData(DType.UInt8)]
    [InlineData(DType.UInt16)]
    [InlineData(DType.UInt32)]
    [InlineData(DType.UInt64)]
    [InlineData(DType.Bool)]
    public void Build_any_d_type_keeps_type_and_values(DType dtype)
    {
        var values = new[] { 0, 1, 1, 0, 1, 1, 1, 0, 1, 0 };
        var elementType = NdArray.ElementType(dtype);
        var typed = System.Array.CreateInstance(elementType, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            typed.SetValue(elementType == typeof(bool) ? values[i] == 1 : Convert.ChangeType(values[i] * 3 % 7, elementType, System.Globalization.CultureInfo.InvariantCulture), i);
        }

        var data = Recordings.Default(values.Length);
        data["jumps"] = new NdArray(dtype, [values.Length], typed);

        var column = DataFrameBuilder.Build(data, ColumnConfig.Default).Column("jump");

        Assert.Equal(ExpectedArrowType(dtype), column.Data.DataType.TypeId);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(Convert.ToDouble(typed.GetValue(i), System.Globalization.CultureInfo.InvariantCulture), ValueAsDouble(column, i));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_column_vector_shapes_are_flattened(bool rowVector)
    {
        var data = Recordings.Default(3);
        data["x"] = new NdArray(DType.Float64, rowVector ? [1, 3] : [3, 1], new[] { 5.0, 6.0, 7.0 });

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

        Assert.Equal([5.0, 6.0, 7.0], Doubles(batch, "x").Values.ToArray());
    }

    [Fact]
    public void Build_two_dimensional_without_handler_throws_bad_shape()
    {
        var data = Recordings.Default(3);
        data["x"] = new NdArray(DType.Float64, [3, 2], new double[6]);

        var ex = Assert.Throws<TransformException>(() => DataFrameBuilder.Build(data, ColumnConfig.Default));

        Assert.Equal(TransformErrorCodes.BadShape, ex.Code);
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(3, 2)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_extract_first_column_takes_column_zero(bool fortran)
    {
        // Logical matrix [[1, 10], [2, 20], [3, 30]] stored in either order.
        var storage = fortran ? new[] { 1.0, 2, 3, 10, 20, 30 } : [1.0, 10, 2, 20, 3, 30];
        var data = Recordings.Default(3);
        data["signal"] = new NdArray(DType.Float64, [3, 2], storage, fortran);

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

        Assert.Equal([1.0, 2.0, 3.0], Doubles(batch, "signal").Values.ToArray());
    }

    [Fact]
    public void Build_extract_first_column_passes_one_dimensional_through()
    {
        var data = Recordings.Default(3);
        data["signal"] = Recordings.Vector(4, 5, 6);

        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

        Assert.Equal([4.0, 5.0, 6.0], Doubles(batch, "signal").Values.ToArray());
    }

    [Fact]
    public void Build_batch_survives_arrow_ipc_round_trip()
    {
        var data = Recordings.Default(20);
        data["signal_disp"] = Recordings.SignalDisp(16, 20, timeFirst: false, fortran: false);
        var options = new TransformOptions { Metadata = new Dictionary<string, string?> { ["rig"] = "rig1", ["date"] = null }, FilePath = "x.pkl" };
        var batch = DataFrameBuilder.Build(data, ColumnConfig.Default, options);

        using var stream = new MemoryStream();
        using (var writer = new ArrowStreamWriter(stream, batch.Schema, leaveOpen: true))
        {
            writer.WriteRecordBatch(batch);
            writer.WriteEnd();
        }

        stream.Position = 0;
        using var reader = new ArrowStreamReader(stream);
        var copy = reader.ReadNextRecordBatch();

        Assert.Equal(batch.Schema.FieldsList.Select(f => f.Name), copy.Schema.FieldsList.Select(f => f.Name));
        Assert.Equal(Doubles(batch, "x").Values.ToArray(), Doubles(copy, "x").Values.ToArray());
        var disp = (FixedSizeListArray)copy.Column("signal_disp");
        Assert.Equal(Recordings.Cell(5, 13), ((DoubleArray)disp.Values).GetValue((13 * 16) + 5));
        Assert.Equal("rig1", DictionaryString(copy, "rig", 19));
        Assert.Null(DictionaryString(copy, "date", 3));
        Assert.Equal("mm", copy.Schema.GetFieldByName("x").Metadata["unit"]);
        Assert.Equal(20, copy.Column("signal").NullCount);
    }

    [Fact]
    public void Build_random_columns_preserve_values_and_order()
    {
        Gen.Select(Gen.Int[1, 500], Gen.Double, Gen.Int, Gen.Bool).Sample((rows, scale, seed, fortran) =>
        {
            var data = Recordings.Default(rows);
            var x = Enumerable.Range(0, rows).Select(i => scale * (i + seed)).ToArray();
            var jumps = Enumerable.Range(0, rows).Select(i => (long)i ^ seed).ToArray();
            data["x"] = new NdArray(DType.Float64, [rows, 1], x, fortran);
            data["jumps"] = new NdArray(DType.Int64, [rows], jumps);

            var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

            Assert.Equal(rows, batch.Length);
            Assert.Equal(x, Doubles(batch, "x").Values.ToArray());
            Assert.Equal(jumps, ((Int64Array)batch.Column("jump")).Values.ToArray());
        }, iter: 50);
    }

    internal static DoubleArray Doubles(RecordBatch batch, string name) => (DoubleArray)batch.Column(name);

    internal static string? DictionaryString(RecordBatch batch, string name, int row)
    {
        var column = (DictionaryArray)batch.Column(name);
        var index = ((Int8Array)column.Indices).GetValue(row);
        return index is null ? null : ((StringArray)column.Dictionary).GetString(index.Value);
    }

    private static ArrowTypeId ExpectedArrowType(DType dtype) => dtype switch
    {
        DType.Float64 => ArrowTypeId.Double,
        DType.Float32 => ArrowTypeId.Float,
        DType.Int8 => ArrowTypeId.Int8,
        DType.Int16 => ArrowTypeId.Int16,
        DType.Int32 => ArrowTypeId.Int32,
        DType.Int64 => ArrowTypeId.Int64,
        DType.UInt8 => ArrowTypeId.UInt8,
        DType.UInt16 => ArrowTypeId.UInt16,
        DType.UInt32 => ArrowTypeId.UInt32,
        DType.UInt64 => ArrowTypeId.UInt64,
        _ => ArrowTypeId.Boolean,
    };

    private static double ValueAsDouble(IArrowArray column, int i) => column switch
    {
        BooleanArray b => b.GetValue(i) == true ? 1 : 0,
        DoubleArray a => a.GetValue(i)!.Value,
        FloatArray a => a.GetValue(i)!.Value,
        Int8Array a => a.GetValue(i)!.Value,
        Int16Array a => a.GetValue(i)!.Value,
        Int32Array a => a.GetValue(i)!.Value,
        Int64Array a => a.GetValue(i)!.Value,
        UInt8Array a => a.GetValue(i)!.Value,
        UInt16Array a => a.GetValue(i)!.Value,
        UInt32Array a => a.GetValue(i)!.Value,
        UInt64Array a => a.GetValue(i)!.Value,
        _ => throw new InvalidOperationException(column.GetType().Name),
    };
}
