using FlyRigLoader.Loading;

namespace FlyRigLoader.Tests.Transformation;

/// <summary>Small deterministic experiment matrices shaped like a rig recording (spec §3.2).</summary>
internal static class Recordings
{
    public static NdArray Vector(params double[] values) => new(DType.Float64, [values.Length], values);

    public static NdArray Ramp(int length, double start) =>
        Vector([.. Enumerable.Range(0, length).Select(i => start + i)]);

    /// <summary>Every key of the default config under its raw name (aliases for dtheta, vx, vy, spd, jump).</summary>
    public static Dictionary<string, object?> Default(int rows) => new(StringComparer.Ordinal)
    {
        ["t"] = Ramp(rows, 0),
        ["trjn"] = Ramp(rows, 100),
        ["x"] = Ramp(rows, 200),
        ["y"] = Ramp(rows, 300),
        ["theta"] = Ramp(rows, 400),
        ["theta_smooth"] = Ramp(rows, 500),
        ["dtheta_smooth"] = Ramp(rows, 600),
        ["vx_smooth"] = Ramp(rows, 700),
        ["vy_smooth"] = Ramp(rows, 800),
        ["spd_smooth"] = Ramp(rows, 900),
        ["jumps"] = Ramp(rows, 1000),
    };

    /// <summary>Cell (channel c, time t) of a synthetic signal: unique per cell so any mix-up shows.</summary>
    public static double Cell(int channel, int time) => (channel * 1000.0) + time;

    /// <summary>A (channels, T) or (T, channels) matrix of <see cref="Cell"/> values in C or Fortran storage order.</summary>
    public static NdArray SignalDisp(int channels, int time, bool timeFirst, bool fortran)
    {
        int rows = timeFirst ? time : channels, cols = timeFirst ? channels : time;
        var data = new double[rows * cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var value = timeFirst ? Cell(c, r) : Cell(r, c);
                data[fortran ? r + (c * rows) : (r * cols) + c] = value;
            }
        }

        return new NdArray(DType.Float64, [rows, cols], data, fortran);
    }
}
