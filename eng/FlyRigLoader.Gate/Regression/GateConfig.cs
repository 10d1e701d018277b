using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// Thresholds of the regression gate, read from one file (<c>baselines/gate-config.json</c>). Every default here is the
/// documented default; the file only needs the values it changes.
/// </summary>
internal sealed record GateConfig
{
    /// <summary>Median-ratio increase that fails the gate (0.15 = 15 % slower).</summary>
    public double FailThreshold { get; init; } = 0.15;

    /// <summary>Median-ratio change that is worth a warning when it is statistically sure (0.05 = 5 %).</summary>
    public double WarnThreshold { get; init; } = 0.05;

    /// <summary>False-discovery rate across the suite for the within-run Mann–Whitney tests (Benjamini–Hochberg).</summary>
    public double Alpha { get; init; } = 0.01;

    /// <summary>Absolute change of the median below which a difference is NOISE, in nanoseconds.</summary>
    public double NoiseFloorNs { get; init; } = 1.0;

    /// <summary>Between-run standard deviation (log scale, 0.03 ≈ 3 %) assumed when the suite's baselines cannot estimate it.</summary>
    public double PriorDrift { get; init; } = 0.03;

    /// <summary>Smallest between-run standard deviation believed (log scale): no shared machine is steadier than this.</summary>
    public double MinDrift { get; init; } = 0.005;

    /// <summary>Weight (in pseudo-runs) of the suite-wide between-run spread when shrinking one benchmark's estimate.</summary>
    public double DriftPriorWeight { get; init; } = 4;

    /// <summary>A REGRESSION must leave the band of this many between-run standard deviations (prediction-interval style).</summary>
    public double FailBandFactor { get; init; } = 3.0;

    /// <summary>A statistically sure SUSPECTED/IMPROVEMENT must leave the band of this many between-run standard deviations.</summary>
    public double WarnBandFactor { get; init; } = 1.0;

    /// <summary>
    /// The fastest-launch witness (<see cref="FastestLaunch"/>) raises NO_CHANGE to SUSPECTED when a run's fastest launch
    /// sits above the baseline runs' typical fastest launch by more than this many of their (robust) standard deviations
    /// and the warn threshold; 0 switches it off. One, like <see cref="WarnBandFactor"/>: it asks the warn tier's question.
    /// Replayed on the seven recorded single-run sets of 2026-12-04/05 (`scripts/accuracy/replay/2026-12-04/`), 1 flags a
    /// planted ×1.10 in 68 of 70 runs (21 without it, 61 with 1.5) and A/A runs carry a SUSPECTED in 80 of 120 (50 without).
    /// </summary>
    public double FastestLaunchBandFactor { get; init; } = 1.0;

    /// <summary>
    /// The fastest-launch witness stays silent when the current run sits where every launch of at least this many baseline
    /// runs sat (its fastest launch within the band of theirs), and those runs sit apart from the others by more than the
    /// fail threshold: the case has a slow mode the baseline shows, which a run lands in by chance. One such run is a
    /// burst, which the witness's robust scale already sets aside; 0 switches the exception off.
    /// </summary>
    public int FastestLaunchModeRuns { get; init; } = 2;

    /// <summary>Fewest samples per side before any test is attempted.</summary>
    public int MinSamples { get; init; } = 3;

    /// <summary>Allocation jitter tolerated (bytes/op) above the baseline's largest accepted value: tiered JIT adds a few bytes.</summary>
    public double AllocationToleranceBytes { get; init; } = 32;

    /// <summary>
    /// Multiple of the baseline runs' own allocation range (max − min) tolerated on top: MB-sized operations measured
    /// in-process jitter by up to ~1 KB between runs (background threads allocate too), and the largest of K accepted
    /// runs is exceeded by a new run with probability 1/(K+1) even with no change at all.
    /// </summary>
    public double AllocationSpreadFactor { get; init; } = 1.0;

    /// <summary>
    /// Fraction of the baseline's allocation per operation also tolerated: the runtime's own bookkeeping around large
    /// operations moves with the machine, not the code. Measured: the same build on a fresh VM allocated a constant
    /// +336 B/op in the 10 MB gzip and 100 MB pickle loads and +984–1,008 B/op in the 100 MB gzip and pandas loads (every
    /// one of its runs alike, 3e-6–3.2e-5 of their 10–105 MB/op), which the absolute 32 B called REGRESSION. And a
    /// background allocation of 4–44 KB during the one iteration that counts bytes moves an operation's bytes/op by that
    /// over its operations per iteration: over 15 default runs of one library build (2026-12-04/05) a case moved up to
    /// 5.6e-4 of its median (726 B on 1.3 MB/op), and 1e-4 called two false allocation REGRESSIONs in one of five full
    /// runs against the committed baseline. 1e-3 is 1.3 KB on a 1.3 MB/op build and 44 B on a 44 KB/op case, where
    /// +1 KB/op is still caught.
    /// </summary>
    public double AllocationRelativeTolerance { get; init; } = 1e-3;

    /// <summary>Suite-wide shift (relative) below which no environment drift is assumed.</summary>
    public double DriftTolerance { get; init; } = 0.03;

    /// <summary>
    /// A suite-wide slowdown the calibration does not follow caps every time verdict at SUSPECTED only from this size on
    /// (a neighbour: 24–62 % measured here); a smaller one widens every band by itself and is judged as measured. 0 caps
    /// from <see cref="DriftTolerance"/>. Replayed over the 260 recorded trials, 0.10 added no A/A or burner false alarm
    /// and one ×1.25 detection; 0.15 added an A/A false alarm.
    /// </summary>
    public double DriftCapShift { get; init; } = 0.10;

    /// <summary>
    /// Whether the current run's own between-launch spread, which the band takes when it exceeds the baseline's, leaves
    /// out a lone slow launch (<see cref="Core.Statistics.LaunchSpread.LogVarianceWithoutLoneSlow"/>). Replayed over the
    /// 260 recorded trials: ×1.25 exact on the quiet-host set 4/10 → 8/10, no set's A/A or burner false alarms moved.
    /// </summary>
    public bool TrimLoneSlowLaunch { get; init; } = true;

    /// <summary>Fewest comparable benchmarks needed to estimate a suite-wide shift.</summary>
    public int DriftMinBenchmarks { get; init; } = 4;

    /// <summary>Share of benchmarks that must move with the suite shift for it to count as machine drift.</summary>
    public double DriftAgreement { get; init; } = 0.75;

    /// <summary>
    /// How times are made comparable: as measured with calibration-confirmed drift removed (the original rule), or
    /// relative to the rest of the suite in the same run (see <see cref="Regression.SuiteNormalization"/>).
    /// </summary>
    public SuiteNormalization SuiteNormalization { get; init; } = SuiteNormalization.Calibration;

    /// <summary>Accepted runs kept per baseline (K).</summary>
    public int KeepRuns { get; init; } = 5;

    /// <summary>
    /// <c>baseline_max_launch_spread</c>: UpdateBaseline (and GateAccuracy's scratch baseline) refuses a run whose launches
    /// disagree by more than this (median over its cases of the sd of log launch medians). Measured on this host's 35
    /// recorded config-load runs of 2026-12-04/05: over all of them a case's median moved between runs by a median sd of
    /// log 0.192 (worst case 0.231); over the 19 whose launches agreed within 0.06, by 0.054 (0.108), runs hours and
    /// sessions apart. 0 accepts any run. Stored once, as the interference rule's
    /// <see cref="InterferenceThresholds.SettledLaunchSpread"/>, so the limit a baseline run must keep and the one beyond
    /// which a run is a witness of interference cannot part.
    /// </summary>
    // "this.": the architecture test's folder graph would read a bare "Interference." as the Gate.Interference namespace.
    public double BaselineMaxLaunchSpread => this.Interference.SettledLaunchSpread;

    /// <summary>A baseline older than this many days is reported as stale.</summary>
    public int MaxBaselineAgeDays { get; init; } = 30;

    /// <summary>Bootstrap resamples for the reported confidence interval of the ratio (reporting only, not the decision).</summary>
    public int BootstrapResamples { get; init; } = 2000;

    /// <summary>Confidence level of the reported ratio interval.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// <c>report_confidence_level</c> and <c>report_interval_method</c>: the level of every per-case interval a report
    /// carries (Student t and bootstrap) and of the SLAs' upper-bound rule, and which of the two intervals that rule reads.
    /// </summary>
    public IntervalSettings ReportIntervals { get; init; } = IntervalSettings.Default;

    /// <summary>Leak check (<c>leak_check.managed_slope_limit_mb</c>): managed-heap growth per cycle (MB) that counts as a leak.</summary>
    public double LeakManagedSlopeLimitMb { get; init; } = 1.0;

    /// <summary>Leak check (<c>leak_check.alpha</c>): significance level of its slope test, on both series.</summary>
    public double LeakAlpha { get; init; } = 0.01;

    /// <summary>
    /// Median-ratio increase that fails a side-by-side judgement (<c>--against</c>, <c>--confirm</c>, an incomparable
    /// baseline's A/B): there both builds share every process and minute, so the between-run drift the main
    /// <see cref="FailThreshold"/> allows for is not in the ratio, and its interval is narrow enough to call a ×1.10.
    /// Replaces the fail threshold and its per-category overrides in those judgements; <c>--threshold</c> sets both.
    /// </summary>
    public double AbFailThreshold { get; init; } = 0.05;

    /// <summary>Interleaved rounds (A B, B A, …) of <c>--against</c> with the processes executor.</summary>
    public int AbRounds { get; init; } = 3;

    /// <summary>How <c>--against</c> runs the two builds.</summary>
    public AbExecutor AbExecutor { get; init; } = AbExecutor.Interleaved;

    /// <summary>Processes of the interleaved executor; each is one round (block) of the comparison.</summary>
    public int AbLaunches { get; init; } = 4;

    /// <summary>A/B batch pairs per case and launch with the interleaved executor.</summary>
    public int AbPairs { get; init; } = 40;

    /// <summary>Target length of one batch (milliseconds) with the interleaved executor.</summary>
    public double AbBatchMilliseconds { get; init; } = 25;

    /// <summary>
    /// Times a side-by-side judgement (<c>--against</c>, <c>--confirm</c>, an incomparable baseline's A/B) measures again
    /// the methods it left SUSPECTED, or called REGRESSION or IMPROVEMENT on launches no re-measure has added to, before its verdicts
    /// stand; each time adds <see cref="AbRemeasureLaunches"/> launches of those methods only, pooled with the first. A
    /// launch's copy of a build can sit ±10% off on an allocation-heavy case, so four launches can read a real ×1.25 as
    /// ×1.13 (eight narrow that luck by √2), and one launch far off made an A/A trial read the same build as ×1.66.
    /// </summary>
    public int AbRemeasures { get; init; } = 1;

    /// <summary>Launches (rounds) each side-by-side re-measure adds, pooled with the earlier ones.</summary>
    public int AbRemeasureLaunches { get; init; } = 4;

    /// <summary>Re-runs of the flagged benchmarks under <c>--confirm</c>.</summary>
    public int ConfirmRounds { get; init; } = 2;

    /// <summary>
    /// Times <c>Bisect</c> measures a doubtful step again (SUSPECTED, or too noisy to call) before it gives up on that
    /// commit and steps around it; each time adds <see cref="BisectRemeasureLaunches"/> launches to the step's rounds.
    /// </summary>
    public int BisectRemeasures { get; init; } = 2;

    /// <summary>Launches (rounds) each <c>Bisect</c> re-measure adds to a doubtful step, pooled with the earlier ones.</summary>
    public int BisectRemeasureLaunches { get; init; } = 4;

    /// <summary>
    /// When a launch or a case counts as disturbed (<c>interference</c> in the file): other processes' cores, hypervisor
    /// steal, launch disagreement, calibration shift. Used by Benchmarks before it fails a case, and by CheckRegression.
    /// </summary>
    public InterferenceThresholds Interference { get; init; } = new();

    /// <summary>
    /// Fresh launches that measure the disturbed failing cases again (<c>interference.remeasure_launches</c>): two give a
    /// median of two processes and a spread to check, for about two thirds of a run's cost on those methods only. 0 turns
    /// re-measuring off (a disturbed failing case is INCONCLUSIVE at once).
    /// </summary>
    public int RemeasureLaunches { get; init; } = 2;

    /// <summary>
    /// Rounds of re-measuring (<c>interference.remeasure_rounds</c>): a case whose every re-measure launch was disturbed
    /// too is measured again, up to this many rounds in all, before it is INCONCLUSIVE. The host's bursts last tens of
    /// seconds to minutes, so a second round often finds it quiet; it costs time only while interference persists.
    /// </summary>
    public int RemeasureRounds { get; init; } = 2;

    /// <summary>
    /// Longest wait, in seconds, before a re-measure round for other processes the CPU accounting sees busy to stop
    /// (<c>interference.quiet_wait_seconds</c>; 0 = no wait): rounds ran seconds apart, so a burst of tens of seconds
    /// covered both (see <see cref="Interference.QuietWait"/>).
    /// </summary>
    public int QuietWaitSeconds { get; init; } = 60;

    /// <summary>Per-benchmark or per-category threshold overrides; the last matching one wins.</summary>
    public IReadOnlyList<ThresholdOverride> Overrides { get; init; } = [];

    /// <summary>The thresholds that apply to one benchmark after overrides.</summary>
    public ThresholdPolicy PolicyFor(string fullName, string? category)
    {
        var policy = new ThresholdPolicy(FailThreshold, WarnThreshold, NoiseFloorNs, AllocationToleranceBytes, AllocationSpreadFactor, AllocationRelativeTolerance);
        foreach (var o in Overrides)
        {
            if (o.Matches(fullName, category))
            {
                policy = new ThresholdPolicy(
                    o.FailThreshold ?? policy.FailThreshold,
                    o.WarnThreshold ?? policy.WarnThreshold,
                    o.NoiseFloorNs ?? policy.NoiseFloorNs,
                    o.AllocationToleranceBytes ?? policy.AllocationToleranceBytes,
                    policy.AllocationSpreadFactor,
                    policy.AllocationRelativeTolerance);
            }
        }

        return policy;
    }

    /// <summary>
    /// The thresholds of a side-by-side judgement: <see cref="AbFailThreshold"/> for every benchmark, the warn threshold
    /// capped at it.
    /// </summary>
    public ThresholdPolicy SideBySide(ThresholdPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy with { FailThreshold = AbFailThreshold, WarnThreshold = Math.Min(policy.WarnThreshold, AbFailThreshold) };
    }

    /// <summary>
    /// This config with the fail threshold given on the command line, for single runs and side-by-side judgements alike
    /// (the user said how large a slowdown matters), and the warn threshold capped at it.
    /// </summary>
    public GateConfig WithThresholds(double? threshold, double? warn)
    {
        var fail = threshold ?? FailThreshold;
        return this with { FailThreshold = fail, AbFailThreshold = threshold ?? AbFailThreshold, WarnThreshold = Math.Min(warn ?? WarnThreshold, fail) };
    }
}
