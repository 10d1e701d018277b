using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FlyRigLoader.Benchmarks.HostProbe;

/// <summary>
/// A few milliseconds of memory-bound work whose time tracks the host's memory and cache contention. On this 2-core VM
/// the host has bursts that slow the suite's cases by 1.5-1.8x for tens of seconds while the VM's own CPU accounting
/// (steal, run queue) stays at zero and a CPU-bound probe moves 5 %; a 4 MB copy moved 25 % with them (scripts/measure/host-probe).
/// The buffers are native memory taken once per process, so the probe allocates nothing and faults no page while a case
/// runs, and leaves the GC heap alone: two 4 MB arrays on the large-object heap made BuildWithSignalDisp(Rows: 10000), which
/// allocates 1.3 MB arrays, read 3.0-4.6 ms in every launch against 1.0-1.4 ms without them (smoke, alternated).
/// </summary>
internal static class MemoryProbe
{
    // 4 MB: larger than the per-core caches, so a copy streams through the shared cache the host's neighbours contend for.
    private const int BufferBytes = 4 << 20;

    // Four copies make one ~0.35 ms reading. The fastest of 25: single readings scatter +-20 % with whatever the case left
    // in the caches, while a burst slows every reading, so it raises even the fastest (quiet 0.30-0.39 ms, burst 0.39-0.42).
    private const int CopiesPerReading = 4;
    private const int Readings = 25;

    private static readonly nint Source = Allocate(fill: 0x5A);
    private static readonly nint Target = Allocate(fill: 0);

    /// <summary>The fastest of <see cref="Readings"/> readings, in milliseconds.</summary>
    public static double MeasureMs()
    {
        var fastest = double.MaxValue;
        for (var r = 0; r < Readings; r++)
        {
            var start = Stopwatch.GetTimestamp();
            Copy();
            fastest = Math.Min(fastest, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return fastest;
    }

    private static unsafe void Copy()
    {
        for (var c = 0; c < CopiesPerReading; c++)
        {
            NativeMemory.Copy((void*)Source, (void*)Target, BufferBytes);
        }
    }

    // Freed with the process: one pair per benchmark process, for its whole life.
    private static unsafe nint Allocate(byte fill)
    {
        var buffer = NativeMemory.Alloc(BufferBytes);
        NativeMemory.Fill(buffer, BufferBytes, fill);
        return (nint)buffer;
    }
}
