using Apache.Arrow;
using FlyRigLoader.Loading;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Tests.Transformation;

/// <summary>A table built over a mapped recording equals the one built over a copy, and reads nothing it need not.</summary>
public sealed class MappedTransformTests : IDisposable
{
    private const int Rows = 10_000;
    private readonly string _directory = Directory.CreateTempSubdirectory("flyrig-mapped-transform-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Build_over_mapped_recording_equals_build_over_copy(bool timeFirst, bool fortran)
    {
        var path = Write(timeFirst, fortran);
        var copied = DataFrameBuilder.Build(PickleLoader.Load(path).AsExperimentMatrix(), ColumnConfig.Default);
        using var mapped = PickleLoader.Map(path);

        var table = DataFrameBuilder.Build(mapped.AsExperimentMatrix(), ColumnConfig.Default);

        Assert.Equal(copied.Schema.FieldsList.Select(f => f.Name), table.Schema.FieldsList.Select(f => f.Name));
        Assert.Equal(((DoubleArray)copied.Column("x")).Values.ToArray(), ((DoubleArray)table.Column("x")).Values.ToArray());
        var expected = (DoubleArray)((FixedSizeListArray)copied.Column("signal_disp")).Values;
        var actual = (DoubleArray)((FixedSizeListArray)table.Column("signal_disp")).Values;
        Assert.Equal(expected.Values.ToArray(), actual.Values.ToArray());
    }

    [Fact]
    public void Build_over_mapped_recording_columns_are_views_of_the_file()
    {
        using var mapped = PickleLoader.Map(Write(timeFirst: false, fortran: false));
        var matrix = mapped.AsExperimentMatrix();

        var table = DataFrameBuilder.Build(matrix, ColumnConfig.Default);

        var x = (NdArray)matrix["x"]!;
        Assert.True(x.IsMapped);
        Assert.Equal(x.AsSpan<double>().ToArray(), ((DoubleArray)table.Column("x")).Values.ToArray());
        Assert.True(x.IsMapped, "building the table must not copy the array");
    }

    [Fact]
    public void Build_channel_major_signal_disp_is_transposed_only_when_read()
    {
        // Dispose before reading: a transpose made while building would have read the mapped pages already and
        // would still answer; the lazy one reads them now and must refuse.
        var mapped = PickleLoader.Map(Write(timeFirst: false, fortran: false));
        Assert.True(((NdArray)mapped.AsExperimentMatrix()["signal_disp"]!).IsMapped, "signal_disp mapped");
        var table = DataFrameBuilder.Build(mapped.AsExperimentMatrix(), ColumnConfig.Default);
        var signal = (DoubleArray)((FixedSizeListArray)table.Column("signal_disp")).Values;

        mapped.Dispose();

        Assert.Throws<ObjectDisposedException>(() => signal.Values.Length);
        Assert.Throws<ObjectDisposedException>(() => ((DoubleArray)table.Column("x")).Values.Length);
    }

    private string Write(bool timeFirst, bool fortran)
    {
        var data = Recordings.Default(Rows);
        data["signal_disp"] = Recordings.SignalDisp(16, Rows, timeFirst, fortran);
        var path = Path.Combine(_directory, $"rec-{timeFirst}-{fortran}.pkl");
        PickleWriter.WriteFile(path, data, new PickleWriteOptions { Protocol = 5 });
        return path;
    }
}
