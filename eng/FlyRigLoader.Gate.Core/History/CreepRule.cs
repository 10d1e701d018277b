using MathNet.Numerics.Distributions;

namespace FlyRigLoader.Gate.Core.History;

/// <summary>
/// Cumulative slowdown against an anchor run. A per-change gate lets a suite get a few percent slower per pull request
/// forever; comparing every run with a fixed anchor (the oldest kept run, or a pinned release) adds those steps up.
/// The interval counts both runs' within-run noise and, twice, the history's between-run noise: anchor and current are
/// each one process's luck.
/// </summary>
public static class CreepRule
{
    // Asymptotic efficiency of the median against the mean for normal data: se(median) ≈ 1.2533 σ / √n.
    private const double MedianEfficiency = 1.2533;

    /// <summary>Judges <paramref name="current"/> against <paramref name="anchor"/>.</summary>
    /// <param name="anchor">The reference run.</param>
    /// <param name="current">The run being judged.</param>
    /// <param name="runNoise">Between-run sd of the log median (see <see cref="RunNoise"/>).</param>
    /// <param name="threshold">Relative slowdown that counts (0.15 = 15 %).</param>
    /// <param name="confidence">Two-sided confidence of the interval.</param>
    public static CreepVerdict Judge(HistoryPoint anchor, HistoryPoint current, double runNoise, double threshold, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(anchor.MedianNs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(current.MedianNs);
        ArgumentOutOfRangeException.ThrowIfNegative(runNoise);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);

        var logRatio = Math.Log(current.MedianNs / anchor.MedianNs);
        var variance = Within(anchor) + Within(current) + (2 * runNoise * runNoise);
        var z = Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        var half = z * Math.Sqrt(variance);
        var ratio = Math.Exp(logRatio);
        var lower = Math.Exp(logRatio - half);
        var status = ratio < 1 + threshold ? CreepStatus.NoCreep
            : lower > 1 ? CreepStatus.Creep
            : CreepStatus.CreepSuspected;
        return new CreepVerdict(ratio, lower, Math.Exp(logRatio + half), runNoise, status);
    }

    private static double Within(HistoryPoint point) =>
        point.N > 0 ? Math.Pow(MedianEfficiency * point.LogSpread, 2) / point.N : 0;
}
