using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Benchmarks.Memory;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>
/// The --leak-check mode: repeated load → transform → release cycles of a 50 MB recording, measuring the managed heap and
/// the working set after a full compacting GC each cycle, then a line through each series (see <see cref="LeakVerdict"/>).
/// </summary>
internal static class LeakCheckRunner
{
    /// <summary>Measured cycles (the contract asks for at least 10).</summary>
    public const int Cycles = 12;

    /// <summary>Unmeasured first cycles that JIT the code and fill the library's one-time caches.</summary>
    public const int WarmupCycles = 2;

    /// <summary>Dataset size loaded per cycle (MiB).</summary>
    public const int DatasetMb = 50;

    /// <summary>Runs the check, writes the JSON to <paramref name="outputPath"/> (temp file then rename); 0 = no leak, 1 = leak.</summary>
    public static int Run(string outputPath, string dataDirectory, TextWriter log, LeakRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"leak check: {WarmupCycles}+{Cycles} cycles of a {DatasetMb} MB recording (data: {dataDirectory})"));
        RecordingCache.Clear();
        var path = BenchmarkData.PickleFile(PickleFixtureFormat.Standard, DatasetMb);
        var config = ColumnConfig.Default;
        var datasetMb = new FileInfo(path).Length / (1024.0 * 1024.0);
        for (var i = 0; i < WarmupCycles; i++)
        {
            MemoryCycle.Run(path, config);
        }

        var snapshots = new List<CycleSnapshot>(Cycles);
        using var process = Process.GetCurrentProcess();

        // The first cycle's "before" is read after a full GC like every later one (the previous cycle's last act).
        FullCollect();
        for (var i = 0; i < Cycles; i++)
        {
            var (heapBefore, setBefore) = Read(process);
            MemoryCycle.Run(path, config);
            FullCollect();
            var (heapAfter, setAfter) = Read(process);
            snapshots.Add(new CycleSnapshot(i + 1, setBefore, setAfter, heapBefore, heapAfter));
        }

        // The slope rule's series are the readings after each cycle's full GC.
        var report = new LeakCheckReport(datasetMb, [.. snapshots.Select(s => s.ManagedHeapAfterMb)], [.. snapshots.Select(s => s.WorkingSetAfterMb)], rule, snapshots);
        var cumulative = report.Cumulative!;
        WriteAtomically(outputPath, report.ToJson());
        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"leak check: managed {report.Managed.SlopeMbPerCycle:0.###} MB/cycle (p={report.Managed.PValue:0.####}), working set {report.WorkingSet.SlopeMbPerCycle:0.###} MB/cycle (p={report.WorkingSet.PValue:0.####}) → {(report.LeakDetected ? "LEAK" : "no leak")}; cumulative working-set growth {cumulative.WorkingSetMb:0.#} MB {(cumulative.Pass ? "<" : ">=")} {CumulativeGrowth.LimitMb} MB; written {outputPath}"));
        return report.LeakDetected ? 1 : 0;
    }

    private static (double ManagedHeapMb, double WorkingSetMb) Read(Process process)
    {
        process.Refresh();
        return (GC.GetTotalMemory(forceFullCollection: false) / (1024.0 * 1024.0), process.WorkingSet64 / (1024.0 * 1024.0));
    }

    private static void FullCollect()
    {
        // Compact the large-object heap too: the recordings' arrays live there, and an uncompacted LOH reads as growth.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static void WriteAtomically(string outputPath, string json)
    {
        var full = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        File.WriteAllText(temp, json);
        File.Move(temp, full, overwrite: true);
    }
}
