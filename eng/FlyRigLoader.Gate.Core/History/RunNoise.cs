namespace FlyRigLoader.Gate.Core.History;

/// <summary>
/// The between-run noise of a benchmark, read from its own history: the robust spread of successive differences of
/// the log median. Differences cancel slow drift and steps (a step moves one difference only), and the median
/// absolute value ignores the occasional wild run.
/// </summary>
public static class RunNoise
{
    // MAD → σ for normal data is × 1.4826; a difference of two runs has σ·√2.
    private const double MadToSigma = 1.4826;

    /// <summary>Estimated sd of one run's log median; <paramref name="floor"/> when the history has fewer than three runs or looks noiseless.</summary>
    public static double Estimate(IReadOnlyList<HistoryPoint> history, double floor)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count < 3)
        {
            return floor;
        }

        var differences = history.Zip(history.Skip(1), (a, b) => Math.Abs(Math.Log(b.MedianNs / a.MedianNs))).Order().ToList();
        var mid = differences.Count / 2;
        var median = differences.Count % 2 == 1 ? differences[mid] : (differences[mid - 1] + differences[mid]) / 2;
        return Math.Max(floor, MadToSigma * median / Math.Sqrt(2));
    }
}
