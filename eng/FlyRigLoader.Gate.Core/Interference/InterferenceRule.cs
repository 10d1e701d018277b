using System.Globalization;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>
/// Decides, per case, whether the run itself shows interference (pure). Five witnesses: the machine's CPU accounting per
/// launch (other processes busy, or the hypervisor stealing, while the case was measured), the calibration probe moving
/// between the start and the end of the run (every launch it brackets then counts as disturbed, unless the case's own
/// witnesses watched that launch and found it quiet), the case's own benchmark
/// thread waiting for a CPU while it was measured, the memory probe around the case's launch reading slower than the
/// run's quiet readings (the host's contention bursts, which no CPU accounting sees), and the launches no other witness
/// explains disagreeing far more than the rest of the suite's. Only a verdict that would fail the build asks this
/// question; the answer decides between re-measuring and failing.
/// </summary>
public static class InterferenceRule
{
    /// <summary>The finding for one case.</summary>
    /// <param name="fullName">The case.</param>
    /// <param name="caseLaunches">Indices of the launches that measured this case, with the case's median in each.</param>
    /// <param name="loads">The CPU accounting of every launch of the run (any order; unknown launches are simply absent).</param>
    /// <param name="suiteLaunchSpread">Median over the run's cases of the sd of log launch medians (null with one launch).</param>
    /// <param name="thresholds">The thresholds.</param>
    /// <param name="threadTimes">The case's own thread time in each launch (0-based index) that recorded one; absent launches are judged on the launch's witnesses alone.</param>
    /// <param name="probeReferenceMs">The run's quiet memory-probe reading (<see cref="ProbeReference"/>); null: no probe witness.</param>
    /// <param name="runDisturbance">
    /// Why the whole run counts as disturbed (<see cref="Unsettled"/>), or null. When set, every launch no other witness explains takes this reason.
    /// </param>
    public static InterferenceFinding Assess(
        string fullName, IReadOnlyList<(int Launch, double MedianNs)> caseLaunches, IReadOnlyList<LaunchLoad> loads, double? suiteLaunchSpread, InterferenceThresholds thresholds,
        IReadOnlyDictionary<int, ThreadTimeUse>? threadTimes = null, double? probeReferenceMs = null, string? runDisturbance = null)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        ArgumentNullException.ThrowIfNull(caseLaunches);
        ArgumentNullException.ThrowIfNull(loads);
        ArgumentNullException.ThrowIfNull(thresholds);
        var reasons = new List<string>();
        var quiet = new List<int>();
        var disturbedBy = new List<(int Launch, string Why)>();
        var byIndex = loads.GroupBy(l => l.Index).ToDictionary(g => g.Key, g => g.First());
        foreach (var (launch, _) in caseLaunches)
        {
            var load = byIndex.GetValueOrDefault(launch);
            var own = threadTimes?.GetValueOrDefault(launch);
            // The case's own witnesses name a launch more precisely than the calibration's bracket or the run's
            // unsettledness, so they come first; where they are all known (and, tested just before, quiet) they also clear
            // the bracket: SeenQuiet without testing them twice.
            var disturbed = Accounting(load, thresholds) ?? Waited(own, thresholds) ?? Probed(own, probeReferenceMs, thresholds)
                ?? (Watched(load, own, probeReferenceMs, thresholds) ? null : CalibrationMove(load, thresholds))
                ?? runDisturbance;
            if (disturbed is null)
            {
                quiet.Add(launch);
            }
            else
            {
                disturbedBy.Add((launch, disturbed));
            }
        }

        // One sentence per distinct witness: a calibration that moved disturbs every launch alike.
        foreach (var group in disturbedBy.GroupBy(d => d.Why, StringComparer.Ordinal))
        {
            var launches = group.Select(d => (d.Launch + 1).ToString(CultureInfo.InvariantCulture)).ToList();
            reasons.Add((launches.Count == 1 ? "launch " + launches[0] : "launches " + string.Join(", ", launches)) + ": " + group.Key);
        }

        // The launches no other witness explains must agree: a burst the probe saw in one launch is that launch's reason,
        // and the other two stay usable when they agree with each other.
        var unexplained = caseLaunches.Where(c => quiet.Contains(c.Launch)).ToList();
        if (Spread(unexplained.Select(c => c.MedianNs).ToList()) is { } spread && spread > thresholds.LaunchSpread
            && (suiteLaunchSpread is not { } suite || spread > thresholds.LaunchSpreadVsSuite * suite))
        {
            var medians = string.Join(" / ", unexplained.Select(c => Milliseconds(c.MedianNs)));
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"its launches disagree (medians {medians}; sd of log {spread:0.000} > {thresholds.LaunchSpread:0.00}{(suiteLaunchSpread is { } s ? string.Create(CultureInfo.InvariantCulture, $" and > {thresholds.LaunchSpreadVsSuite:0.#}x the suite's {s:0.000}") : string.Empty)})"));
            quiet.Clear();
        }

        return new InterferenceFinding(fullName, reasons, quiet);
    }

    /// <summary>Why a launch counts as disturbed, or null when it was quiet (or its accounting is unknown).</summary>
    public static string? Disturbance(LaunchLoad? load, InterferenceThresholds thresholds) =>
        Accounting(load, thresholds) ?? CalibrationMove(load, thresholds);

    /// <summary>
    /// Whether a case's launch was watched closely and found quiet: the launch's CPU accounting is known (and, tested
    /// before, quiet), and the host's memory probe read just before and just after the case's measured iterations, quiet
    /// against the run's reference. The calibration's move then happened elsewhere in its bracket: it says the machine
    /// changed between the calibrations, not when, and these witnesses say when for this case. Found live under bursts
    /// made on purpose: a run whose launches agreed within 0.010 and whose start calibration ran in a burst had every
    /// launch marked disturbed, and its planted ×1.25 ended INCONCLUSIVE. Without the probe (Windows, macOS, a report from
    /// before it) the calibration's bracket stands. The probe vouches for memory contention and the accounting for
    /// neighbours it sees; a CPU-only change neither sees is no longer caught here for that launch (accepted: it makes a
    /// failing verdict stand, not a pass).
    /// </summary>
    public static bool SeenQuiet(LaunchLoad? load, ThreadTimeUse? threadTime, double? probeReferenceMs, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return Watched(load, threadTime, probeReferenceMs, thresholds)
            && Accounting(load, thresholds) is null && Waited(threadTime, thresholds) is null && Probed(threadTime, probeReferenceMs, thresholds) is null;
    }

    // The launch's CPU accounting and the memory probe around the case are both known, so their silence is evidence.
    private static bool Watched(LaunchLoad? load, ThreadTimeUse? threadTime, double? probeReferenceMs, InterferenceThresholds thresholds) =>
        load?.ForeignCores is not null && thresholds.MemoryProbeShift > 0 && threadTime?.MemoryProbeMs is > 0 && probeReferenceMs is > 0;

    /// <summary>Why a launch counts as disturbed by its CPU accounting (other processes busy, or steal), or null.</summary>
    public static string? Accounting(LaunchLoad? load, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (load is null)
        {
            return null;
        }

        if (load.ForeignCores is { } foreign && foreign > thresholds.ForeignCores)
        {
            return string.Create(CultureInfo.InvariantCulture, $"other processes kept {foreign:0.00} of {load.LogicalCores} cores busy (limit {thresholds.ForeignCores:0.00})");
        }

        if (load.StealShare is { } steal && steal > thresholds.StealShare)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the hypervisor stole {steal * 100:0}% of CPU time (limit {thresholds.StealShare * 100:0}%)");
        }

        return null;
    }

    /// <summary>Why a launch counts as disturbed by the calibration moving across it, or null.</summary>
    public static string? CalibrationMove(LaunchLoad? load, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return load?.CalibrationShift is { } shift && CalibrationMoved(shift, thresholds)
            ? string.Create(CultureInfo.InvariantCulture, $"the calibration probe ran {Math.Abs(shift) * 100:0}% {(shift < 0 ? "slower" : "faster")} after the launches than before them (limit {thresholds.CalibrationShift * 100:0}%)")
            : null;
    }

    /// <summary>Why a case's launch counts as disturbed by its own thread's witness (it waited for a CPU), or null.</summary>
    public static string? Waited(ThreadTimeUse? threadTime, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return threadTime is { RunQueueShare: var waited } && waited > thresholds.RunQueueShare
            ? string.Create(CultureInfo.InvariantCulture,
                $"its benchmark thread waited for a CPU {waited * 100:0.#}% of the time it was measured (on a CPU {threadTime.CpuShare * 100:0}%; limit {thresholds.RunQueueShare * 100:0.#}%)")
            : null;
    }

    /// <summary>
    /// Why a case's launch counts as disturbed by the host's witness (the memory probe around it read more than
    /// <see cref="InterferenceThresholds.MemoryProbeShift"/> slower than the run's quiet readings), or null.
    /// </summary>
    public static string? Probed(ThreadTimeUse? threadTime, double? referenceMs, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return thresholds.MemoryProbeShift > 0 && threadTime?.MemoryProbeMs is { } probe && referenceMs is { } reference && reference > 0
            && probe > reference * (1 + thresholds.MemoryProbeShift)
            ? string.Create(CultureInfo.InvariantCulture,
                $"the host's memory probe around it read {((probe / reference) - 1) * 100:0}% slower than the run's quiet readings ({probe:0.000} ms against {reference:0.000} ms; limit {thresholds.MemoryProbeShift * 100:0}%): host memory contention")
            : null;
    }

    /// <summary>
    /// Why a whole run counts as disturbed, or null: its launches disagree by more than
    /// <see cref="InterferenceThresholds.SettledLaunchSpread"/> (<paramref name="suiteLaunchSpread"/>, the median over its
    /// cases of the sd of log launch medians). Such a run caught the host's bursts in many cases, and a case whose three
    /// launches all caught one reads as slow as a regression while agreeing with itself, which no per-case witness sees:
    /// on this host an A/A run judged against a settled baseline raised a false REGRESSION that way (2026-12-05).
    /// </summary>
    public static string? Unsettled(double? suiteLaunchSpread, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return IsUnsettled(suiteLaunchSpread, thresholds.SettledLaunchSpread)
            ? string.Create(CultureInfo.InvariantCulture,
                $"the run was unsettled: its launches disagreed by a median sd of log {suiteLaunchSpread:0.000} over its cases (settled runs keep within {thresholds.SettledLaunchSpread:0.00###}), so it ran in the host's bursts")
            : null;
    }

    /// <summary>
    /// Whether a run whose launches disagree by <paramref name="launchSpread"/> is unsettled against <paramref name="limit"/>
    /// (<c>baseline_max_launch_spread</c>): the one decision UpdateBaseline refuses a run on and the witness reads; a limit
    /// of 0 accepts any run, and an unknown spread (one launch per case) is not unsettled.
    /// </summary>
    public static bool IsUnsettled(double? launchSpread, double limit) => limit > 0 && launchSpread is { } spread && spread > limit;

    /// <summary>
    /// The run's quiet memory-probe reading: the lower quartile of every case's readings in every launch, so a burst that
    /// covered up to three quarters of the run still leaves a quiet reference. Null with fewer than four readings.
    /// </summary>
    public static double? ProbeReference(IEnumerable<double> readingsMs)
    {
        ArgumentNullException.ThrowIfNull(readingsMs);
        var sorted = readingsMs.Where(r => r > 0 && double.IsFinite(r)).Order().ToList();
        return sorted.Count >= 4 ? sorted[(sorted.Count - 1) / 4] : null;
    }

    /// <summary>
    /// Whether a failing time verdict is past what interference can explain: <paramref name="observed"/> at least
    /// <see cref="InterferenceThresholds.BeyondInterference"/> times <paramref name="bar"/> (both positive).
    /// </summary>
    public static bool BeyondInterference(double? observed, double? bar, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return observed is { } o && bar is { } b && b > 0 && o >= b * thresholds.BeyondInterference;
    }

    /// <summary>
    /// The relative move of the calibration probe's speed factor (after / before − 1), or null when either is unknown.
    /// </summary>
    public static double? CalibrationShift(double? speedFactorBefore, double? speedFactorAfter) =>
        speedFactorBefore is double before && speedFactorAfter is double after && before > 0 && after > 0 && double.IsFinite(before) && double.IsFinite(after)
            ? (after / before) - 1
            : null;

    /// <summary>Whether a shift exceeds the threshold in either direction (symmetric in log terms: +15 % and −13 % are alike).</summary>
    public static bool CalibrationMoved(double shift, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return shift <= -1 || Math.Abs(Math.Log(1 + shift)) > Math.Log(1 + thresholds.CalibrationShift) + 1e-12;
    }

    /// <summary>sd of the log of positive values; null with fewer than two.</summary>
    public static double? Spread(IReadOnlyList<double> medians)
    {
        ArgumentNullException.ThrowIfNull(medians);
        var logs = medians.Where(m => m > 0 && double.IsFinite(m)).Select(m => Math.Log(m)).ToList();
        if (logs.Count < 2)
        {
            return null;
        }

        var mean = logs.Average();
        return Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / (logs.Count - 1));
    }

    /// <summary>Median over cases of their launch spread (null when no case has two launches).</summary>
    public static double? SuiteSpread(IEnumerable<IReadOnlyList<double>> caseLaunchMedians)
    {
        ArgumentNullException.ThrowIfNull(caseLaunchMedians);
        var spreads = caseLaunchMedians.Select(m => Spread(m)).OfType<double>().ToList();
        return spreads.Count == 0 ? null : RobustStatistics.Median(spreads);
    }

    private static string Milliseconds(double ns) => (ns / 1e6).ToString("0.###", CultureInfo.InvariantCulture) + " ms";
}
