using System.Runtime.InteropServices;
using Apache.Arrow;
using FlyRigLoader.Loading;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Tests.Transformation;

/// <summary>
/// Protects the speed design: numeric columns and time-major signal_disp are views over the loaded arrays, not copies.
/// </summary>
public sealed class ZeroCopyTests
{
    [Fact]
    public void Build_numeric_column_shares_source_memory()
    {
        var data = Recordings.Default(4);
        var source = (double[])((NdArray)data["x"]!).Data;

        var column = (DoubleArray)DataFrameBuilder.Build(data, ColumnConfig.Default).Column("x");
        source[2] = -123.5;

        Assert.Equal(-123.5, column.GetValue(2));
        Assert.True(SameMemory(source, column.ValueBuffer.Span));
    }

    [Fact]
    public void Build_integer_alias_column_shares_source_memory()
    {
        var data = Recordings.Default(3);
        var source = new[] { 1, 2, 3 };
        data["jumps"] = new NdArray(DType.Int32, [3], source);

        var column = (Int32Array)DataFrameBuilder.Build(data, ColumnConfig.Default).Column("jump");
        source[0] = 99;

        Assert.Equal(99, column.GetValue(0));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Build_time_major_signal_disp_shares_source_memory(bool timeFirst, bool fortran)
    {
        var data = Recordings.Default(4);
        var signal = Recordings.SignalDisp(16, 4, timeFirst, fortran);
        data["signal_disp"] = signal;

        var column = (FixedSizeListArray)DataFrameBuilder.Build(data, ColumnConfig.Default).Column("signal_disp");

        Assert.True(SameMemory((double[])signal.Data, ((DoubleArray)column.Values).ValueBuffer.Span));
    }

    [Fact]
    public void Build_channel_major_signal_disp_is_copied_once()
    {
        var data = Recordings.Default(4);
        var signal = Recordings.SignalDisp(16, 4, timeFirst: false, fortran: false);
        data["signal_disp"] = signal;

        var column = (FixedSizeListArray)DataFrameBuilder.Build(data, ColumnConfig.Default).Column("signal_disp");

        Assert.False(SameMemory((double[])signal.Data, ((DoubleArray)column.Values).ValueBuffer.Span));
    }

    [Fact]
    public void Build_fortran_first_column_shares_source_memory()
    {
        var data = Recordings.Default(3);
        var storage = new[] { 1.0, 2, 3, 10, 20, 30 };
        data["signal"] = new NdArray(DType.Float64, [3, 2], storage, isFortranOrder: true);

        var column = (DoubleArray)DataFrameBuilder.Build(data, ColumnConfig.Default).Column("signal");
        storage[1] = 42;

        Assert.Equal(42.0, column.GetValue(1));
    }

    [Fact]
    public void Build_constant_string_columns_share_one_index_buffer()
    {
        var options = new TransformOptions { Metadata = new Dictionary<string, string?> { ["date"] = "d", ["rig"] = "r" }, FilePath = "f.pkl" };

        var batch = DataFrameBuilder.Build(Recordings.Default(1000), ColumnConfig.Default, options);

        var date = ((DictionaryArray)batch.Column("date")).Indices.Data.Buffers[1].Span;
        var rig = ((DictionaryArray)batch.Column("rig")).Indices.Data.Buffers[1].Span;
        Assert.True(SameStart(date, rig));
        Assert.Equal(1000, date.Length);
    }

    private static bool SameMemory(double[] source, ReadOnlySpan<byte> buffer) =>
        SameStart(MemoryMarshal.AsBytes(source.AsSpan()), buffer);

    private static bool SameStart(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        System.Runtime.CompilerServices.Unsafe.AreSame(ref MemoryMarshal.GetReference(a), ref MemoryMarshal.GetReference(b));
}
