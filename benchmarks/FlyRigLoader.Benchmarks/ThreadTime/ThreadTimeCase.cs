using System.Diagnostics;

namespace FlyRigLoader.Benchmarks.ThreadTime;

/// <summary>
/// How the benchmark thread spent a case's measured iterations, as shares of their wall time: on a CPU, and waiting
/// runnable for one. A CPU-bound case on a quiet machine runs nearly all the time and waits for nothing; time spent on a
/// run queue is time another thread had the CPU, which is the interference a neighbour causes.
/// </summary>
/// <param name="CpuShare">Time on a CPU over wall time (about 1 for CPU-bound work; lower when blocked on I/O or preempted).</param>
/// <param name="RunQueueShare">Time waiting, runnable, for a CPU over wall time (about 0 on a quiet machine).</param>
public sealed record ThreadTimeCase(double CpuShare, double RunQueueShare)
{
    /// <summary>The shares between two readings of the same thread, or null when no wall time passed or the clock went back.</summary>
    public static ThreadTimeCase? From(ThreadTimeReading before, ThreadTimeReading after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var wallNs = (after.WallTimestamp - before.WallTimestamp) * (1e9 / Stopwatch.Frequency);
        var onCpu = after.OnCpuNs - before.OnCpuNs;
        var waiting = after.RunQueueNs - before.RunQueueNs;
        return wallNs > 0 && onCpu >= 0 && waiting >= 0 ? new ThreadTimeCase(onCpu / wallNs, waiting / wallNs) : null;
    }
}
