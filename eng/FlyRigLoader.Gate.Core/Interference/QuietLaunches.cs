using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>
/// Which launches of a run each case's statistics leave out (pure): those whose host memory probe read a burst
/// (<see cref="InterferenceRule.ProbeSlowed"/> against the run's quiet readings), as long as at least
/// <c>minQuiet</c> of the case's launches stay. The host's bursts slow every case 1.5-1.9× for tens of seconds, so one
/// burst launch of three moves a case's pooled median and the run-to-run spread with it; a run whose bursts left fewer
/// quiet launches keeps them all, and its failing verdicts meet the interference review instead.
/// </summary>
public static class QuietLaunches
{
    /// <summary>Per case (full name), the 0-based run launches set aside; cases with none are absent.</summary>
    /// <param name="launches">The cases each launch read, in launch order.</param>
    /// <param name="memoryProbeShift">The interference rule's <see cref="InterferenceThresholds.MemoryProbeShift"/>; 0 sets nothing aside.</param>
    /// <param name="minQuiet">Fewest launches a case keeps: a median of one process is that process's luck.</param>
    public static IReadOnlyDictionary<string, IReadOnlySet<int>> SetAside(IReadOnlyList<IReadOnlyList<BenchmarkResult>> launches, double memoryProbeShift, int minQuiet = 2)
    {
        ArgumentNullException.ThrowIfNull(launches);
        var result = new Dictionary<string, IReadOnlySet<int>>(StringComparer.Ordinal);
        var reference = InterferenceRule.ProbeReference(launches.SelectMany(l => l).Where(r => r.Success).Select(Probe).OfType<double>());
        if (memoryProbeShift <= 0 || reference is not { } quiet)
        {
            return result;
        }

        foreach (var name in launches.SelectMany(l => l.Select(r => r.FullName)).Distinct(StringComparer.Ordinal))
        {
            var measured = launches
                .Select((cases, index) => (Index: index, Result: cases.FirstOrDefault(r => r.FullName == name)))
                .Where(x => x.Result is { Success: true })
                .ToList();
            var burst = measured.Where(x => Probe(x.Result!) is { } ms && InterferenceRule.ProbeSlowed(ms, quiet, memoryProbeShift)).Select(x => x.Index).ToHashSet();
            if (burst.Count > 0 && measured.Count - burst.Count >= Math.Max(1, minQuiet))
            {
                result[name] = burst;
            }
        }

        return result;
    }

    // One launch's result carries its own single reading.
    private static double? Probe(BenchmarkResult result) => result.LaunchThreadTimes is [{ MemoryProbeMs: { } ms }] ? ms : null;
}
