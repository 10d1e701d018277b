using System.Diagnostics;

namespace FlyRigLoader.Gate.Calibration;

/// <summary>
/// Runs three small fixed workloads (integer CPU work, a large array copy, small-file write/read) several times and
/// keeps the median of each, about one to two seconds in total. Measured at the start of each run so the numbers
/// reflect the machine as it is while the benchmarks run.
/// </summary>
internal static class CalibrationRunner
{
    /// <summary>Repetitions per workload (median taken).</summary>
    public const int DefaultRepetitions = 5;

    private const int CpuIterations = 5_000_000;
    private const int MemoryBytes = 8 * 1024 * 1024;
    private const int MemoryPasses = 4;
    private const int IoFiles = 10;
    private const int IoFileBytes = 4096;

    /// <summary>Runs the workloads in <paramref name="scratchDirectory"/> (created and cleaned).</summary>
    public static CalibrationResult Run(string scratchDirectory, int repetitions = DefaultRepetitions)
    {
        Directory.CreateDirectory(scratchDirectory);
        try
        {
            // One untimed round warms the JIT and the page cache; it is the steady state that the benchmarks see.
            Cpu();
            Memory();
            Io(scratchDirectory);
            var cpu = Median(repetitions, () => Time(() => Cpu()));
            var memory = Median(repetitions, () => Time(Memory));
            var io = Median(repetitions, () => Time(() => Io(scratchDirectory)));
            return new CalibrationResult(cpu, memory, io, repetitions, CalibrationReference.CpuMs, CalibrationReference.MemoryMs, CalibrationReference.IoMs,
                CalibrationReference.SpeedFactor(cpu, memory, io));
        }
        finally
        {
            try
            {
                Directory.Delete(scratchDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Scratch files in artifacts/ are harmless; CleanArtifacts removes them.
            }
        }
    }

    private static double Median(int repetitions, Func<double> measure)
    {
        var values = Enumerable.Range(0, repetitions).Select(_ => measure()).Order().ToArray();
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static ulong Cpu()
    {
        // xorshift: data-dependent integer work the JIT cannot fold away.
        var x = 88172645463325252UL;
        for (var i = 0; i < CpuIterations; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }

        GC.KeepAlive(x);
        return x;
    }

    private static void Memory()
    {
        var source = GC.AllocateUninitializedArray<byte>(MemoryBytes);
        var target = GC.AllocateUninitializedArray<byte>(MemoryBytes);
        source.AsSpan().Fill(1);
        for (var pass = 0; pass < MemoryPasses; pass++)
        {
            source.AsSpan().CopyTo(target);
        }

        GC.KeepAlive(target);
    }

    private static void Io(string directory)
    {
        var payload = new byte[IoFileBytes];
        payload.AsSpan().Fill(7);
        for (var i = 0; i < IoFiles; i++)
        {
            var path = Path.Combine(directory, "calibration-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".bin");
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                stream.Write(payload);
                stream.Flush(flushToDisk: true);
            }

            GC.KeepAlive(File.ReadAllBytes(path));
            File.Delete(path);
        }
    }
}
