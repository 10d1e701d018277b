using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Interference;

/// <summary>
/// Before a re-measure round, waits for a neighbour the CPU accounting sees to stop. Rounds ran back to back, seconds
/// apart, so a burst of tens of seconds covered both: under bursts made on purpose (GateAccuracy 20261205T165605Z) two
/// planted ×1.25 ended INCONCLUSIVE with every launch of both rounds beside 1.49–1.51 busy foreign cores. A neighbour
/// that stops within <c>interference.quiet_wait_seconds</c> is waited out; one that does not is re-measured beside
/// anyway, and its witnesses decide as before. A host burst no accounting sees is not waited for (one window is read).
/// </summary>
internal static class QuietWait
{
    /// <summary>Seconds of CPU accounting per reading: long enough to average a busy loop's scheduling, short beside a burst.</summary>
    public const double WindowSeconds = 2.0;

    /// <summary>
    /// Reads windows through <paramref name="foreignCoresOverWindow"/> (each takes <see cref="WindowSeconds"/>; null when
    /// the accounting is unknown) until one reads at most <paramref name="limit"/> cores busy, or
    /// <paramref name="maxWaitSeconds"/> have passed. Pure but for the callback.
    /// </summary>
    public static QuietWaitResult Run(Func<double?> foreignCoresOverWindow, double maxWaitSeconds, double limit)
    {
        ArgumentNullException.ThrowIfNull(foreignCoresOverWindow);
        var first = foreignCoresOverWindow();
        var last = first;
        var windows = 1;
        // The first window decides whether to wait at all; later ones only while another fits within the limit.
        while (last is { } busy && busy > limit && (windows + 1) * WindowSeconds <= maxWaitSeconds)
        {
            last = foreignCoresOverWindow();
            windows++;
        }

        return new QuietWaitResult(windows, windows * WindowSeconds, first, last, last is not { } now || now <= limit);
    }

    /// <summary>Other processes' cores over the next <see cref="WindowSeconds"/> on this machine (<c>/proc</c>), or null elsewhere.</summary>
    public static double? ProcWindow(int logicalCores)
    {
        // Where the OS exposes no accounting (Windows, macOS) there is nothing to wait for: no window is slept.
        if (CpuAccounting.Sample() is not { } before)
        {
            return null;
        }

        Thread.Sleep(TimeSpan.FromSeconds(WindowSeconds));
        var after = CpuAccounting.Sample();
        return CpuAccounting.Between(0, before, after, WindowSeconds, 0, logicalCores).ForeignCores;
    }
}
