using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.Data;

/// <summary>
/// Synthetic rig recordings in the exp_matrix shape of spec §3.2: ~60 Hz, a centre-biased random walk in a 60 mm arena,
/// the raw column names that the default column config reaches through aliases, and <c>signal_disp</c> as (channels, T).
/// Seeded: the same arguments give the same arrays on every run and machine.
/// </summary>
public static class ExperimentMatrixGenerator
{
    /// <summary>Sampling rate of the rigs (Hz).</summary>
    public const double SampleRateHz = 60.0;

    /// <summary>Channels of <c>signal_disp</c> in every benchmark.</summary>
    public const int DefaultChannels = 16;

    /// <summary>The fixed seed of the suite's recordings.</summary>
    public const ulong DefaultSeed = 0x5EED_F1E5;

    private const double ArenaRadiusMm = 60.0;

    /// <summary>The 1-D float64 columns, in generation order (12 columns).</summary>
    public static readonly IReadOnlyList<string> TimeSeriesColumns =
        ["t", "trjn", "x", "y", "theta", "theta_smooth", "dtheta_smooth", "vx_smooth", "vy_smooth", "spd_smooth", "jumps", "signal"];

    /// <summary>Array bytes per time point with <paramref name="channels"/> signal_disp channels.</summary>
    public static int BytesPerRow(int channels) => (TimeSeriesColumns.Count + channels) * sizeof(double);

    /// <summary>The number of time points whose arrays add up to about <paramref name="sizeMb"/> MiB.</summary>
    public static int RowsForSize(double sizeMb, int channels = DefaultChannels) =>
        Math.Max(1, (int)(sizeMb * 1024 * 1024 / BytesPerRow(channels)));

    /// <summary>
    /// A recording of <paramref name="rows"/> time points. <paramref name="channels"/> = 0 leaves out <c>signal_disp</c>;
    /// <paramref name="includeMetadata"/> adds the scalar strings date, exp_name, rig, fly_id.
    /// </summary>
    public static Dictionary<string, object?> Create(int rows, int channels = DefaultChannels, bool includeMetadata = true, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(channels);
        var random = new DeterministicRandom(seed);
        var columns = TimeSeriesColumns.ToDictionary(name => name, _ => new double[rows], StringComparer.Ordinal);
        FillTrajectory(random, rows, columns);

        var matrix = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in TimeSeriesColumns)
        {
            matrix[name] = new NdArray(DType.Float64, [rows], columns[name]);
        }

        if (channels > 0)
        {
            matrix["signal_disp"] = new NdArray(DType.Float64, [channels, rows], SignalDisp(random, rows, channels));
        }

        if (includeMetadata)
        {
            matrix["date"] = "20241201";
            matrix["exp_name"] = "plume_navigation_benchmark";
            matrix["rig"] = "high_speed_rig";
            matrix["fly_id"] = "fly_007";
        }

        return matrix;
    }

    private static void FillTrajectory(DeterministicRandom random, int rows, Dictionary<string, double[]> c)
    {
        double x = 0, y = 0, vx = 0, vy = 0, thetaSmooth = 0, trajectory = 1;
        const double dt = 1.0 / SampleRateHz;
        for (var i = 0; i < rows; i++)
        {
            // Ornstein–Uhlenbeck velocity with a pull towards the centre keeps the fly inside the arena.
            vx = (0.9 * vx) - (0.02 * x) + (3.0 * random.NextNormal());
            vy = (0.9 * vy) - (0.02 * y) + (3.0 * random.NextNormal());
            x = Math.Clamp(x + (vx * dt), -ArenaRadiusMm, ArenaRadiusMm);
            y = Math.Clamp(y + (vy * dt), -ArenaRadiusMm, ArenaRadiusMm);
            var theta = Math.Atan2(vy, vx);
            var previousSmooth = thetaSmooth;
            thetaSmooth = i == 0 ? theta : thetaSmooth + (0.2 * Math.IEEERemainder(theta - thetaSmooth, 2 * Math.PI));
            var jump = random.NextDouble() < 0.001;
            if (jump)
            {
                trajectory++;
            }

            c["t"][i] = i * dt;
            c["trjn"][i] = trajectory;
            c["x"][i] = x;
            c["y"][i] = y;
            c["theta"][i] = theta;
            c["theta_smooth"][i] = thetaSmooth;
            c["dtheta_smooth"][i] = i == 0 ? 0 : (thetaSmooth - previousSmooth) / dt;
            c["vx_smooth"][i] = vx;
            c["vy_smooth"][i] = vy;
            c["spd_smooth"][i] = Math.Sqrt((vx * vx) + (vy * vy));
            c["jumps"][i] = jump ? 1 : 0;
            c["signal"][i] = Math.Sin(i * dt * 0.5) + (0.1 * random.NextNormal());
        }
    }

    private static double[] SignalDisp(DeterministicRandom random, int rows, int channels)
    {
        // Row-major (channels, T): channel k is a phase-shifted oscillation plus noise, as a display signal would be.
        var data = new double[channels * rows];
        for (var k = 0; k < channels; k++)
        {
            var phase = 2 * Math.PI * k / channels;
            var offset = k * rows;
            for (var i = 0; i < rows; i++)
            {
                data[offset + i] = Math.Sin((i / SampleRateHz * 2.0) + phase) + (0.05 * random.NextNormal());
            }
        }

        return data;
    }
}
