using FlyRigLoader.Gate.Contracts.Interleaving;

namespace FlyRigLoader.Interleaving.Measurement;

/// <summary>The pure decisions of an interleaved measurement: side order, warmup end, batch size and pair count.</summary>
public static class InterleavingPlan
{
    /// <summary>
    /// The sides of pair <paramref name="index"/>: A B, then B A, … (ABBA), so a steady drift within the run and any
    /// first-or-second effect of a pair fall on both builds alike.
    /// </summary>
    public static IReadOnlyList<char> Order(int index, bool bFirst = false) => (index % 2 == 0) != bFirst ? ['A', 'B'] : ['B', 'A'];

    /// <summary>Warmup is over once the minimum time is spent and the JIT has been quiet long enough, or at the maximum.</summary>
    public static bool WarmupDone(InterleavingSettings settings, double elapsedMs, double quietMs)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return elapsedMs >= settings.MaxWarmupMilliseconds
            || (elapsedMs >= settings.MinWarmupMilliseconds && quietMs >= settings.QuietMilliseconds);
    }

    /// <summary>Operations per batch so one batch of the faster side lasts about the target.</summary>
    public static long Operations(InterleavingSettings settings, double nsPerOperation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!(nsPerOperation > 0) || double.IsInfinity(nsPerOperation))
        {
            return 1;
        }

        return (long)Math.Clamp(Math.Round(settings.BatchMilliseconds * 1e6 / nsPerOperation), 1, 1e9);
    }

    /// <summary>Pairs to measure when one pair takes <paramref name="pairMs"/>: as configured, fewer for long operations.</summary>
    public static int Pairs(InterleavingSettings settings, double pairMs)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!(pairMs > 0))
        {
            return settings.Pairs;
        }

        var affordable = (int)Math.Floor(settings.MaxMeasureSeconds * 1000 / pairMs);
        return Math.Clamp(affordable, Math.Min(InterleavingSettings.MinPairs, settings.Pairs), settings.Pairs);
    }
}
