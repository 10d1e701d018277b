using System.Diagnostics;
using FlyRigLoader.Gate.Contracts.Interleaving;
using FlyRigLoader.Interleaving.Execution;

namespace FlyRigLoader.Interleaving.Measurement;

/// <summary>
/// Measures one case on both builds in alternation, on this thread: a warmup that lasts until the tiered JIT has gone
/// quiet, then <see cref="InterleavingSettings.Pairs"/> A/B pairs of equal-size batches in ABBA order. Every batch
/// starts after a full blocking GC, as BenchmarkDotNet's iterations do, so neither side pays for the other's garbage.
/// </summary>
public static class CaseMeasurer
{
    /// <summary>Measures <paramref name="a"/> against <paramref name="b"/> (either may be null: that side is skipped).</summary>
    public static InterleavedCase Measure(string fullName, CaseInstance? a, CaseInstance? b, InterleavingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sides = new Dictionary<char, CaseInstance>();
        if (a is not null)
        {
            sides['A'] = a;
        }

        if (b is not null)
        {
            sides['B'] = b;
        }

        if (sides.Count == 0)
        {
            return new InterleavedCase(fullName, null, null, 0, 0, false, new Dictionary<string, string>());
        }

        var (warmupMs, settled, nsPerOp) = WarmUp(sides, settings);
        var operations = InterleavingPlan.Operations(settings, nsPerOp);
        var pairs = InterleavingPlan.Pairs(settings, 2 * operations * nsPerOp / 1e6);
        var samples = sides.Keys.ToDictionary(k => k, _ => new List<(double Ns, double Bytes)>());
        for (var pair = 0; pair < pairs; pair++)
        {
            foreach (var side in InterleavingPlan.Order(pair, settings.BFirst).Where(sides.ContainsKey))
            {
                samples[side].Add(Batch(sides[side], operations, side));
            }
        }

        InterleavedSide? Result(char side) => samples.TryGetValue(side, out var s)
            ? new InterleavedSide(s.Select(x => x.Ns).ToList(), Median(s.Select(x => x.Bytes)))
            : null;
        return new InterleavedCase(fullName, Result('A'), Result('B'), operations, warmupMs, settled, new Dictionary<string, string>());
    }

    private static (double ElapsedMs, bool Settled, double NsPerOp) WarmUp(Dictionary<char, CaseInstance> sides, InterleavingSettings settings)
    {
        var start = Stopwatch.GetTimestamp();
        var jitCount = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
        var lastJit = start;
        var recent = new List<double>();
        long operations = 1;
        for (var pair = 0; ; pair++)
        {
            var fastest = double.MaxValue;
            foreach (var side in InterleavingPlan.Order(pair, settings.BFirst).Where(sides.ContainsKey))
            {
                fastest = Math.Min(fastest, Batch(sides[side], operations, side).Ns);
            }

            recent.Add(fastest);
            operations = InterleavingPlan.Operations(settings, fastest);
            var now = Stopwatch.GetTimestamp();
            var count = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
            if (count != jitCount)
            {
                (jitCount, lastJit) = (count, now);
            }

            var elapsed = Stopwatch.GetElapsedTime(start, now).TotalMilliseconds;
            var quiet = Stopwatch.GetElapsedTime(lastJit, now).TotalMilliseconds;
            if (InterleavingPlan.WarmupDone(settings, elapsed, quiet))
            {
                return (elapsed, quiet >= settings.QuietMilliseconds, Median(recent.TakeLast(4)));
            }
        }
    }

    // Anything the build's code throws is tagged with its side: the case fails there, the run goes on.
    private static (double Ns, double Bytes) Batch(CaseInstance instance, long operations, char side)
    {
        try
        {
            return TimedBatch(instance, operations);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new SideFailedException(side, e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e);
        }
    }

    private static (double Ns, double Bytes) TimedBatch(CaseInstance instance, long operations)
    {
        instance.BeforeBatch();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        instance.Invoke(operations);
        var ended = Stopwatch.GetTimestamp();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        instance.AfterBatch();
        return ((ended - started) * 1e9 / Stopwatch.Frequency / operations, (double)bytes / operations);
    }

    /// <summary>The median (mean of the middle two for an even count; 0 when empty).</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
