using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.Tests.Data;

/// <summary>The data-loading benchmarks load what the fixtures write: every flavour must round-trip through the library.</summary>
public sealed class PickleFixturesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("flyrig-pkl-test-").FullName;
    private readonly Dictionary<string, object?> _matrix = ExperimentMatrixGenerator.Create(rows: 300, channels: 4);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(PickleFixtureFormat.Standard, PickleFormat.Pickle)]
    [InlineData(PickleFixtureFormat.Gzip, PickleFormat.GzipPickle)]
    public void Dict_flavours_round_trip_and_are_detected_without_extension(PickleFixtureFormat format, PickleFormat detected)
    {
        var path = Path.Combine(_dir, "recording");
        PickleFixtures.Write(path, format, _matrix);

        Assert.Equal(detected, PickleFormatDetector.DetectFormat(path));
        var loaded = PickleLoader.Load(path).AsExperimentMatrix();
        Assert.Equal(((NdArray)_matrix["x"]!).Data, ((NdArray)loaded["x"]!).Data);
        Assert.Equal([4, 300], ((NdArray)loaded["signal_disp"]!).Shape);
        Assert.Equal("high_speed_rig", loaded["rig"]);
    }

    [Fact]
    public void Pandas_flavour_has_one_column_per_series_and_channel()
    {
        var path = Path.Combine(_dir, "frame.pkl");
        PickleFixtures.Write(path, PickleFixtureFormat.Pandas, _matrix);

        var loaded = PickleLoader.Load(path);
        Assert.True(loaded.IsDataFrame);
        var columns = loaded.AsExperimentMatrix();
        Assert.Equal(ExperimentMatrixGenerator.TimeSeriesColumns.Count + 4, columns.Count);
        Assert.Equal(((NdArray)_matrix["t"]!).Data, ((NdArray)columns["t"]!).Data);
        Assert.Contains("signal_ch03", columns.Keys);
    }

    [Fact]
    public void File_names_follow_the_python_suite() =>
        Assert.Equal(["100mb_standard.pkl", "100mb_gzipped.pkl.gz", "100mb_pandas.pkl"],
            Enum.GetValues<PickleFixtureFormat>().Select(f => BenchmarkData.PickleFileName(f, 100)));
}
