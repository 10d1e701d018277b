using System.Diagnostics;
using System.Globalization;

namespace FlyRigLoader.Benchmarks.ProcessMemory;

/// <summary>
/// Reads the benchmark process's memory: working set, its high-water mark and the GC heap. On Linux the kernel's
/// high-water mark (<c>VmHWM</c>) can be reset per process (<c>/proc/self/clear_refs</c>), so each case gets its own
/// exact peak; elsewhere the process's lifetime peak is all the OS keeps (see <see cref="ProcessMemoryCase.From"/>).
/// </summary>
internal static class ProcessMemoryProbe
{
    private const string ClearRefs = "/proc/self/clear_refs";
    private const string Status = "/proc/self/status";

    /// <summary>Resets the high-water mark where the OS allows it; true when it did.</summary>
    public static bool TryResetPeak()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            // "5" resets the peak resident set size (proc(5)); any failure leaves the lifetime peak, which From() handles.
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A reading now; <paramref name="peakWasReset"/> says whether <see cref="TryResetPeak"/> succeeded before the operation.</summary>
    public static ProcessMemorySnapshot Read(bool peakWasReset)
    {
        using var process = Process.GetCurrentProcess();
        var workingSet = process.WorkingSet64;
        // The kernel keeps VmHWM lazily: pages reclaimed behind the process's back (this VM runs DAMON page-out) lower the
        // resident count without raising the mark first, so a mark read after the working set can sit below it (seen
        // once in CI: a peak below the working set read just before it); a peak is never below a working set this reading saw.
        var peak = Math.Max(workingSet, (OperatingSystem.IsLinux() ? LinuxHighWaterMark() : null) ?? process.PeakWorkingSet64);
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        return new ProcessMemorySnapshot(workingSet, peak, GC.GetTotalMemory(forceFullCollection: false), peakWasReset,
            Math.Max(0, gc.TotalCommittedBytes - gc.HeapSizeBytes));
    }

    /// <summary>The GC heap's size just before the latest collection of any kind that ran after <paramref name="sinceGcIndex"/>; 0 when none did.</summary>
    public static long HeapBeforeCollectionsSince(long sinceGcIndex)
    {
        long largest = 0;
        foreach (var kind in (GCKind[])[GCKind.Ephemeral, GCKind.FullBlocking, GCKind.Background])
        {
            var info = GC.GetGCMemoryInfo(kind);
            if (info.Index <= sinceGcIndex)
            {
                continue;
            }

            long before = 0;
            foreach (var generation in info.GenerationInfo)
            {
                before += generation.SizeBeforeBytes;
            }

            largest = Math.Max(largest, before);
        }

        return largest;
    }

    /// <summary>The index of the latest collection of any kind.</summary>
    public static long LatestGcIndex() => GC.GetGCMemoryInfo(GCKind.Any).Index;

    /// <summary>A full, compacting collection with finalizers run, so a reading shows what is still held.</summary>
    public static void FullCollect()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>Parses the <c>VmHWM</c> line of <c>/proc/self/status</c> (kB) into bytes; null when absent.</summary>
    internal static long? ParseHighWaterMark(string statusText)
    {
        ArgumentNullException.ThrowIfNull(statusText);
        foreach (var line in statusText.Split('\n'))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line["VmHWM:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 1 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
        }

        return null;
    }

    private static long? LinuxHighWaterMark()
    {
        try
        {
            return ParseHighWaterMark(File.ReadAllText(Status));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
