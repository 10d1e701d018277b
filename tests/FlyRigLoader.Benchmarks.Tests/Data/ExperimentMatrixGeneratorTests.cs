using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.Tests.Data;

public sealed class ExperimentMatrixGeneratorTests
{
    [Fact]
    public void Has_the_rig_shape_of_spec_3_2()
    {
        var matrix = ExperimentMatrixGenerator.Create(rows: 600);

        foreach (var name in ExperimentMatrixGenerator.TimeSeriesColumns)
        {
            var array = Assert.IsType<NdArray>(matrix[name]);
            Assert.Equal(DType.Float64, array.DType);
            Assert.Equal([600], array.Shape);
        }

        var signalDisp = Assert.IsType<NdArray>(matrix["signal_disp"]);
        Assert.Equal([16, 600], signalDisp.Shape);
        Assert.Equal("20241201", matrix["date"]);
        Assert.IsType<string>(matrix["rig"]);
    }

    [Fact]
    public void Time_is_60_hz_and_the_fly_stays_in_the_arena()
    {
        var matrix = ExperimentMatrixGenerator.Create(rows: 5000, channels: 0, includeMetadata: false);
        var t = ((NdArray)matrix["t"]!).AsSpan<double>();
        var x = ((NdArray)matrix["x"]!).AsSpan<double>();
        var y = ((NdArray)matrix["y"]!).AsSpan<double>();

        Assert.False(matrix.ContainsKey("signal_disp"));
        Assert.False(matrix.ContainsKey("date"));
        for (var i = 1; i < t.Length; i++)
        {
            Assert.Equal(1.0 / 60.0, t[i] - t[i - 1], 9);
            Assert.InRange(x[i], -60.0, 60.0);
            Assert.InRange(y[i], -60.0, 60.0);
        }
    }

    [Fact]
    public void Is_deterministic()
    {
        var a = (double[])((NdArray)ExperimentMatrixGenerator.Create(1000)["signal_disp"]!).Data;
        var b = (double[])((NdArray)ExperimentMatrixGenerator.Create(1000)["signal_disp"]!).Data;
        var c = (double[])((NdArray)ExperimentMatrixGenerator.Create(1000, seed: 1)["signal_disp"]!).Data;
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Rows_for_size_fill_the_requested_megabytes()
    {
        var rows = ExperimentMatrixGenerator.RowsForSize(100);
        var bytes = (long)rows * ExperimentMatrixGenerator.BytesPerRow(16);
        Assert.InRange(bytes, (100L << 20) - 224, 100L << 20);
        Assert.Equal(28 * 8, ExperimentMatrixGenerator.BytesPerRow(16));
    }
}
