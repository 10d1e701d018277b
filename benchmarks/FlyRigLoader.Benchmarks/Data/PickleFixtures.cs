using System.Globalization;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.Data;

/// <summary>Writes benchmark recordings with the library's PickleWriter, in the byte format Python's pickle and pandas produce.</summary>
public static class PickleFixtures
{
    /// <summary>Protocol 5: what Python 3.8+ writes with HIGHEST_PROTOCOL and pandas' to_pickle default.</summary>
    public static readonly PickleWriteOptions Options = PickleWriteOptions.Default with { Protocol = 5 };

    /// <summary>Writes <paramref name="matrix"/> to <paramref name="path"/> as <paramref name="format"/> (atomically, via the library).</summary>
    public static void Write(string path, PickleFixtureFormat format, IReadOnlyDictionary<string, object?> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (format == PickleFixtureFormat.Pandas)
        {
            PickleWriter.WriteFile(path, ToFrame(matrix), Options);
        }
        else
        {
            PickleWriter.WriteFile(path, matrix, Options, gzip: format == PickleFixtureFormat.Gzip);
        }
    }

    /// <summary>The DataFrame the Python suite pickles: every 1-D series as a column, signal_disp split into signal_chNN columns.</summary>
    public static PandasFrame ToFrame(IReadOnlyDictionary<string, object?> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var names = new List<string>();
        var columns = new List<object>();
        foreach (var (name, value) in matrix)
        {
            if (value is NdArray { Shape.Count: 1 } series)
            {
                names.Add(name);
                columns.Add(series);
            }
        }

        if (matrix.TryGetValue("signal_disp", out var disp) && disp is NdArray { Shape.Count: 2 } channels)
        {
            var (count, rows) = (channels.Shape[0], channels.Shape[1]);
            var data = (double[])channels.Data;
            for (var k = 0; k < count; k++)
            {
                names.Add(string.Create(CultureInfo.InvariantCulture, $"signal_ch{k:D2}"));
                columns.Add(new NdArray(DType.Float64, [rows], data.AsSpan(k * rows, rows).ToArray()));
            }
        }

        return new PandasFrame(names, columns);
    }
}
