namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// The fastest-launch witness (pure). On a shared host the noise between launches is one-sided: a burst, a neighbour or
/// a process whose memory landed badly makes a launch slower, never faster. So a run's fastest launch is its steadiest
/// reading of the code's own speed: across the five runs of the committed baseline, the sd of the log of each case's
/// fastest launch is a median 0.058 over cases where that of its pooled median is 0.133. A run whose fastest launch sits
/// above the baseline runs' typical fastest launch by more than their own spread was slower in every launch.
/// <para>It only ever raises NO_CHANGE to SUSPECTED, a question that <c>--confirm</c> or <c>--against</c> answers side by
/// side; it never fails a build. A case with two modes per process (a fast and a slow one, chosen where its memory
/// lands) can have all launches of a run in the slow mode by chance, which would be a false REGRESSION; when the
/// baseline's own runs show that mode (several of them as slow in every launch), the witness stays silent.</para>
/// </summary>
internal static class FastestLaunch
{
    /// <summary>
    /// The witness for one case, or null when it cannot speak: fewer than two current launches, fewer than three baseline
    /// runs with launch medians, a non-positive median, or <paramref name="bandFactor"/> 0 (switched off).
    /// </summary>
    /// <param name="currentLaunchMediansNs">The current run's launch medians, as measured.</param>
    /// <param name="baselineRunFastestNs">Each baseline run's fastest launch median, as measured.</param>
    /// <param name="warnThreshold">The smallest relative slowdown worth a warning: the band never falls below it.</param>
    /// <param name="bandFactor">Standard deviations of the baseline runs' log fastest launch (prediction-interval style).</param>
    /// <param name="machineFactor">How much slower the machine's quiet launches ran than the baseline's (see <see cref="SuiteShift"/>); 1 when the rule saw no machine move.</param>
    /// <param name="modeRuns">Baseline runs in a slow mode at the run's level that make that level a mode of the case (<see cref="FastestLaunchWitness.KnownMode"/>); 0 never.</param>
    /// <param name="modeGap">How far (relative) a slow mode's runs must sit above the other baseline runs' fastest launches: the fail threshold, so the modes lie further apart than a regression (and never less than twice the band).</param>
    public static FastestLaunchWitness? Judge(
        IReadOnlyList<double> currentLaunchMediansNs, IReadOnlyList<double> baselineRunFastestNs, double warnThreshold, double bandFactor, double machineFactor = 1.0, int modeRuns = 0, double modeGap = 0.15)
    {
        ArgumentNullException.ThrowIfNull(currentLaunchMediansNs);
        ArgumentNullException.ThrowIfNull(baselineRunFastestNs);
        if (bandFactor <= 0 || !Usable(currentLaunchMediansNs, baselineRunFastestNs))
        {
            return null;
        }

        var logs = baselineRunFastestNs.Select(v => Math.Log(v)).ToList();
        // Robust: a baseline run that a burst covered from end to end has no quiet launch, and its fastest launch would
        // widen a standard deviation past a ×1.10 (measured: 51.8, 64.1, 50.8, 49.6, 49.9 µs gave sd 0.107, MAD 0.028).
        var scale = Core.Statistics.RobustStatistics.ScaledMad(logs);
        // A new run varies about the reference by its own spread plus the reference's uncertainty: σ·√(1 + 1/K).
        var band = Math.Max(Math.Log(1 + warnThreshold), bandFactor * scale * Math.Sqrt(1 + (1.0 / logs.Count)));
        var ratio = Math.Exp(LogExcess(currentLaunchMediansNs, logs) - Math.Log(machineFactor));
        // A case with a slow mode (the large-buffer cases, where a process's memory lands) has whole baseline runs in it;
        // the robust scale rightly discounts one such run as a burst, but a run of ours sitting where two or more of them
        // sat shows that mode, not the code: measured, 2 of the 5 committed runs of BuildWithSignalDisp(1000000) had every
        // launch at 18-21 ms against 10.5-11.6 ms, and a run with its 3 launches there read "61 % slower".
        var slowMode = SlowMode(logs, Math.Log(currentLaunchMediansNs.Min()) - Math.Log(machineFactor), band, modeGap);
        return new FastestLaunchWitness(ratio, Math.Exp(band) - 1, logs.Count, currentLaunchMediansNs.Count, slowMode, modeRuns);
    }

    /// <summary>
    /// The median over cases of (fastest current launch / the baseline runs' median fastest launch): how much slower the
    /// machine ran when nothing disturbed it, burst-free unlike any ratio of medians. 1 with fewer than
    /// <paramref name="minCases"/> cases that have launches on both sides (too few to tell the machine from one case).
    /// </summary>
    public static double SuiteShift(IEnumerable<(IReadOnlyList<double> CurrentLaunchMediansNs, IReadOnlyList<double>? BaselineRunFastestNs)> cases, int minCases) =>
        MachineShift(cases, minCases) ?? 1.0;

    /// <summary>As <see cref="SuiteShift"/>, but null (not 1) when fewer than <paramref name="minCases"/> cases can speak.</summary>
    public static double? MachineShift(IEnumerable<(IReadOnlyList<double> CurrentLaunchMediansNs, IReadOnlyList<double>? BaselineRunFastestNs)> cases, int minCases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var excess = cases
            .Where(c => Usable(c.CurrentLaunchMediansNs, c.BaselineRunFastestNs))
            .Select(c => LogExcess(c.CurrentLaunchMediansNs, c.BaselineRunFastestNs!.Select(v => Math.Log(v)).ToList()))
            .ToList();
        return excess.Count >= Math.Max(1, minCases) ? Math.Exp(Core.Statistics.RobustStatistics.Median(excess)) : null;
    }

    /// <summary>
    /// How many baseline runs form a slow mode the current run sits in: the runs above the widest gap between the runs'
    /// sorted fastest launches, when that gap is wider than a regression (<paramref name="modeGap"/>) and than twice the
    /// band, and the current level lies within the band of those runs' range; 0 otherwise. A gap, not just runs above
    /// the level: a run slowed ×1.10 on a baseline with two burst runs at ×1.7 is not in their "mode" (replayed on the
    /// recorded sets, counting every run above the level silenced a planted ×1.10 in 18 of 85 runs). Twice the band too:
    /// a case whose fail threshold is set near 0 must not make every noise gap a mode. Within the range, not merely at
    /// or above it: a run slowed beyond the slow mode is slower than any run the baseline has.
    /// </summary>
    private static int SlowMode(List<double> baselineLogs, double currentLog, double band, double modeGap)
    {
        var sorted = baselineLogs.Order().ToList();
        var widest = Enumerable.Range(1, sorted.Count - 1).MaxBy(i => sorted[i] - sorted[i - 1]);
        var gap = sorted[widest] - sorted[widest - 1];
        var inMode = gap >= Math.Max(Math.Log(1 + modeGap), 2 * band)
            && currentLog >= sorted[widest] - band && currentLog <= sorted[^1] + band;
        return inMode ? sorted.Count - widest : 0;
    }

    // Two current launches to take a fastest from, three baseline runs to take a typical one from, positive times.
    private static bool Usable(IReadOnlyList<double> current, IReadOnlyList<double>? baselineRunFastest) =>
        baselineRunFastest is { Count: >= 3 } && current.Count >= 2 && current.Concat(baselineRunFastest).All(v => double.IsFinite(v) && v > 0);

    // ln(fastest current launch) − ln(the baseline runs' median fastest launch).
    private static double LogExcess(IReadOnlyList<double> current, IReadOnlyList<double> baselineLogs) =>
        Math.Log(current.Min()) - Core.Statistics.RobustStatistics.Median(baselineLogs);
}
