using System.Diagnostics;
using System.Globalization;

namespace FlyRigLoader.Benchmarks.ThreadTime;

/// <summary>
/// Reads the calling thread's scheduler statistics on Linux (<c>/proc/thread-self/schedstat</c>: time on a CPU, time
/// waiting runnable on a run queue, time slices). Elsewhere there is no such clock, and the case records no thread time.
/// </summary>
internal static class ThreadClock
{
    private const string SchedStat = "/proc/thread-self/schedstat";

    /// <summary>A reading now, or null where the kernel does not keep scheduler statistics.</summary>
    public static ThreadTimeReading? Read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return Parse(File.ReadAllText(SchedStat)) is { } times ? new ThreadTimeReading(times.OnCpuNs, times.RunQueueNs, Stopwatch.GetTimestamp()) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The first two fields of a <c>schedstat</c> line (nanoseconds on a CPU, nanoseconds waiting), or null when malformed.</summary>
    public static (long OnCpuNs, long RunQueueNs)? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return fields.Length >= 2
            && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var onCpu)
            && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var waiting)
            ? (onCpu, waiting)
            : null;
    }
}
