using Apache.Arrow;
using CsCheck;
using FlyRigLoader.Errors;
using FlyRigLoader.Loading;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Tests.Transformation;

/// <summary>
/// Protects the transform_to_match_time_dimension handler: whatever the orientation and storage order of signal_disp,
/// row t of the output holds the channel vector at time t.
/// </summary>
public sealed class SignalDispTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Build_any_orientation_row_is_channel_vector_at_that_time(bool timeFirst, bool fortran)
    {
        const int Channels = 3, Time = 5;
        var data = Recordings.Default(Time);
        data["signal_disp"] = Recordings.SignalDisp(Channels, Time, timeFirst, fortran);

        var column = (FixedSizeListArray)DataFrameBuilder.Build(data, ColumnConfig.Default).Column("signal_disp");

        Assert.Equal(Time, column.Length);
        Assert.Equal(Channels, ((Apache.Arrow.Types.FixedSizeListType)column.Data.DataType).ListSize);
        for (var t = 0; t < Time; t++)
        {
            var row = (DoubleArray)column.GetSlicedValues(t);
            Assert.Equal(Enumerable.Range(0, Channels).Select(c => (double?)Recordings.Cell(c, t)), row.ToArray());
        }
    }

    [Fact]
    public void Build_channels_by_time_in_c_order_is_transposed_cell_by_cell()
    {
        // 2 channels × 3 samples, row-major: channel 0 = [1, 2, 3], channel 1 = [4, 5, 6].
        var data = Recordings.Default(3);
        data["signal_disp"] = new NdArray(DType.Float64, [2, 3], new[] { 1.0, 2, 3, 4, 5, 6 });

        var column = (FixedSizeListArray)DataFrameBuilder.Build(data, ColumnConfig.Default).Column("signal_disp");

        Assert.Equal([1.0, 4, 2, 5, 3, 6], ((DoubleArray)column.Values).Values.ToArray());
    }

    [Fact]
    public void Build_square_matrix_is_read_as_time_by_channels()
    {
        var data = Recordings.Default(2);
        data["signal_disp"] = new NdArray(DType.Float64, [2, 2], new[] { 1.0, 2, 3, 4 });

        var column = (FixedSizeListArray)DataFrameBuilder.Build(data, ColumnConfig.Default).Column("signal_disp");

        Assert.Equal([1.0, 2], ((DoubleArray)column.GetSlicedValues(0)).Values.ToArray());
    }

    [Fact]
    public void Build_float32_signal_keeps_float32()
    {
        var data = Recordings.Default(2);
        data["signal_disp"] = new NdArray(DType.Float32, [3, 2], new[] { 1f, 2, 3, 4, 5, 6 });

        var column = (FixedSizeListArray)DataFrameBuilder.Build(data, ColumnConfig.Default).Column("signal_disp");

        Assert.Equal([1f, 3, 5, 2, 4, 6], ((FloatArray)column.Values).Values.ToArray());
    }

    [Theory]
    [InlineData(new[] { 4, 7 })]
    [InlineData(new[] { 3 })]
    [InlineData(new[] { 2, 3, 3 })]
    public void Build_ShapeNotMatchingTime_ThrowsBadShape(int[] shape)
    {
        var data = Recordings.Default(3);
        data["signal_disp"] = new NdArray(DType.Float64, shape, new double[shape.Aggregate(1, (a, b) => a * b)]);

        var ex = Assert.Throws<TransformException>(() => DataFrameBuilder.Build(data, ColumnConfig.Default));

        Assert.Equal(TransformErrorCodes.BadShape, ex.Code);
        Assert.Contains("signal_disp", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_without_time_array_throws_missing_column()
    {
        var data = Recordings.Default(3);
        data.Remove("t");
        data["signal_disp"] = Recordings.SignalDisp(2, 3, false, false);

        var ex = Assert.Throws<TransformException>(
            () => DataFrameBuilder.Build(data, ColumnConfig.Default, new TransformOptions { SkipColumns = ["t"] }));

        Assert.Equal(TransformErrorCodes.MissingColumn, ex.Code);
        Assert.Contains("'t'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transpose_matches_definition_for_random_shapes()
    {
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, 200]).Sample((rows, cols) =>
        {
            var source = Enumerable.Range(0, rows * cols).Select(i => (long)i).ToArray();

            var result = TimeMatrix.Transpose(source, rows, cols);

            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    Assert.Equal(source[(r * cols) + c], result[(c * rows) + r]);
                }
            }
        });
    }

    [Fact]
    public void Build_random_shapes_preserve_every_value()
    {
        Gen.Select(Gen.Int[1, 300], Gen.Int[1, 20], Gen.Bool, Gen.Bool).Sample((time, channels, timeFirst, fortran) =>
        {
            var data = Recordings.Default(time);
            data["signal_disp"] = Recordings.SignalDisp(channels, time, timeFirst, fortran);

            var batch = DataFrameBuilder.Build(data, ColumnConfig.Default);

            var column = (FixedSizeListArray)batch.Column("signal_disp");
            var values = ((DoubleArray)column.Values).Values;
            var expectedChannels = timeFirst || channels != time ? channels : time;
            // A square (channels, T) array is ambiguous: a leading T wins (spec §3.4), so dimension 0 is read as time.
            var readTransposed = !timeFirst && channels == time;
            Assert.Equal(time * expectedChannels, values.Length);
            for (var t = 0; t < time; t++)
            {
                for (var c = 0; c < expectedChannels; c++)
                {
                    Assert.Equal(readTransposed ? Recordings.Cell(t, c) : Recordings.Cell(c, t), values[(t * expectedChannels) + c]);
                }
            }

            Assert.Equal(time - 1 + 300.0, DataFrameBuilderTests.Doubles(batch, "y").GetValue(time - 1));
        }, iter: 60);
    }
}
