using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// The verdict rule (pure). A slowdown is a REGRESSION only when three independent conditions agree:
/// (a) the within-run Mann–Whitney test is significant after Benjamini–Hochberg across the suite,
/// (b) the median ratio exceeds the practical fail threshold, and
/// (c) the ratio leaves the between-run band spanned by the baseline's accepted runs.
/// Exactly one of "practically large" and "statistically sure" gives SUSPECTED. An IMPROVEMENT is the mirror image of
/// a REGRESSION (significant, faster by the fail threshold, beyond the fail band); a smaller or less certain speedup is
/// NO_CHANGE. A NO_CHANGE whose every launch was slower than the baseline runs' fastest launches is SUSPECTED
/// (<see cref="FastestLaunch"/>). Whether the baseline may judge the run at all is decided before (see <see cref="IncomparableBaseline"/>).
/// </summary>
internal static class RegressionAnalyzer
{
    private sealed record Prepared(
        BenchmarkHistory History, MeasuredBenchmark Current, double[] Pooled, double Reference, double RawRatio, double Variance, int Runs, ThresholdPolicy Policy,
        double CurrentFactor = 1.0, IReadOnlyList<double>? BaselineFastest = null);

    /// <summary>Compares the current run with the baseline history.</summary>
    public static RegressionAnalysis Analyze(ComparisonInput input, GateConfig config)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(config);
        var baseline = input.Baseline.ToDictionary(h => h.FullName, StringComparer.Ordinal);
        var current = input.Current.GroupBy(c => c.FullName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var results = new List<BenchmarkComparison>();

        foreach (var history in input.Baseline.Where(h => !current.ContainsKey(h.FullName)))
        {
            results.Add(new BenchmarkComparison
            {
                FullName = history.FullName, Category = history.Category, Verdict = TimeVerdict.Missing,
                AllocationVerdict = AllocationVerdict.Missing, BaselineRuns = history.RunSamplesNs.Count,
                Reason = "in the baseline but not in the current run (removed, renamed or failed)",
            });
        }

        var prepared = new List<Prepared>();
        foreach (var now in current.Values)
        {
            if (!baseline.TryGetValue(now.FullName, out var history) || history.RunSamplesNs.All(r => r.Count == 0))
            {
                results.Add(new BenchmarkComparison
                {
                    FullName = now.FullName, Category = now.Category, Verdict = TimeVerdict.New,
                    AllocationVerdict = AllocationVerdict.New, CurrentSamples = now.SamplesNs.Count,
                    CurrentMedianNs = RobustStatistics.Median(now.SamplesNs), CurrentAllocatedBytes = now.AllocatedBytesPerOp,
                    Reason = "not in the baseline yet",
                });
                continue;
            }

            var runs = history.RunSamplesNs.Where(r => r.Count > 0).ToList();
            var (pooled, reference, variance) = Summarize(runs);
            var raw = now.SamplesNs.Count > 0 ? RobustStatistics.Median(now.SamplesNs) / reference : double.NaN;
            prepared.Add(new Prepared(
                history, now, pooled, reference, raw, variance, runs.Count,
                config.PolicyFor(now.FullName, now.Category ?? history.Category), BaselineFastest: FastestPerRun(history)));
        }

        var comparable = prepared.Where(p => Comparable(p, config)).ToList();
        var rawLogs = comparable.Select(p => Math.Log(p.RawRatio)).ToList();
        DriftAssessment drift;
        if (config.SuiteNormalization != SuiteNormalization.Calibration && input.FingerprintMatches && comparable.Count >= config.DriftMinBenchmarks)
        {
            prepared = Normalize(prepared, comparable, config);
            drift = SuiteRelativeDrift(input, config, rawLogs);
        }
        else
        {
            // Foreign environments and suites too small for a suite median keep the calibration rule.
            drift = AssessDrift(input, config, rawLogs);
        }

        results.AddRange(Decide(prepared, drift, config, input.CurrentRuns, input.Interleaved));
        return new RegressionAnalysis(results.OrderBy(Severity).ThenByDescending(c => c.Ratio ?? 0).ThenBy(c => c.FullName, StringComparer.Ordinal).ToList(), drift)
        {
            SettledLaunchSpread = config.BaselineMaxLaunchSpread,
            CurrentLaunchSpread = Baselines.MeasuredRun.LaunchSpreadOf(input.Current),
        };
    }

    /// <summary>Pooled samples, reference (median of the runs' medians) and between-run variance of the log medians.</summary>
    private static (double[] Pooled, double Reference, double Variance) Summarize(IReadOnlyList<IReadOnlyList<double>> runs)
    {
        var logMedians = runs.Select(r => Math.Log(RobustStatistics.Median(r))).ToList();
        var mean = logMedians.Count > 0 ? logMedians.Average() : double.NaN;
        var variance = logMedians.Count >= 2 ? logMedians.Sum(l => (l - mean) * (l - mean)) / (logMedians.Count - 1) : double.NaN;
        var reference = logMedians.Count > 0 ? Math.Exp(RobustStatistics.Median(logMedians)) : double.NaN;
        return (runs.SelectMany(r => r).ToArray(), reference, variance);
    }

    /// <summary>
    /// Divides every comparable benchmark's current samples by its suite factor, and each baseline run's samples by that
    /// run's suite factor, so the test, the ratio and the between-run band all see suite-relative times.
    /// </summary>
    private static List<Prepared> Normalize(List<Prepared> all, List<Prepared> comparable, GateConfig config)
    {
        var mode = config.SuiteNormalization;
        var current = SuiteNormalizer.Factors(
            comparable.ToDictionary(p => p.Current.FullName, p => Math.Log(p.RawRatio), StringComparer.Ordinal), mode, config.DriftMinBenchmarks);

        // Baseline runs are matched by position, which is sound only when every comparable benchmark is in every run;
        // otherwise their band stays that of raw times (wider, so the rule only gets more cautious).
        var counts = comparable.Select(p => p.History.RunSamplesNs.Count).Distinct().ToList();
        var aligned = counts.Count == 1 && comparable.All(p => p.History.RunSamplesNs.All(r => r.Count > 0));
        var perRun = aligned
            ? Enumerable.Range(0, counts[0]).Select(k => SuiteNormalizer.Factors(
                comparable.ToDictionary(p => p.Current.FullName, p => Math.Log(RobustStatistics.Median(p.History.RunSamplesNs[k]) / p.Reference), StringComparer.Ordinal),
                mode, config.DriftMinBenchmarks)).ToList()
            : null;

        return all.Select(p =>
        {
            if (!current.TryGetValue(p.Current.FullName, out var factor))
            {
                return p;
            }

            var runs = p.History.RunSamplesNs.Where(r => r.Count > 0)
                .Select((r, k) => perRun is null ? r : (IReadOnlyList<double>)r.Select(v => v / perRun[k][p.Current.FullName]).ToArray())
                .ToList();
            var (pooled, reference, variance) = Summarize(runs);
            return p with { Pooled = pooled, Reference = reference, Variance = variance, CurrentFactor = factor };
        }).ToList();
    }

    /// <summary>
    /// The drift note under a suite-relative normalization. Nothing is capped: the per-benchmark verdicts are relative to
    /// the suite. But a suite that moved as a whole is either the machine or a change that slows everything, which the
    /// normalization cannot tell apart; so it is flagged, and benchmarks slowed beyond the fail threshold as measured become
    /// SUSPECTED whatever the calibration says (on a shared host the calibration is too noisy to clear them).
    /// </summary>
    internal static DriftAssessment SuiteRelativeDrift(ComparisonInput input, GateConfig config, IReadOnlyList<double> logRatios)
    {
        var shift = RobustStatistics.Median(logRatios);
        double? calibration = input.BaselineCalibrationNs is > 0 && input.CurrentCalibrationNs is > 0
            ? input.CurrentCalibrationNs / input.BaselineCalibrationNs : null;
        var mode = config.SuiteNormalization == SuiteNormalization.LeaveOneOut ? "leave-one-out" : "suite-median";
        var how = config.SuiteNormalization == SuiteNormalization.LeaveOneOut
            ? "each benchmark divided by the median ratio of the other benchmarks"
            : "each benchmark divided by the suite's median ratio";
        var agreeing = logRatios.Count(l => Math.Sign(l) == Math.Sign(shift)) / (double)logRatios.Count;
        var moved = Math.Abs(shift) >= Math.Log(1 + config.DriftTolerance) && agreeing >= config.DriftAgreement;
        var calibrationText = calibration is { } c ? $"calibration ratio {Fixed(c, 3)}" : "no calibration";
        var followed = calibration is { } cr && Math.Sign(Math.Log(cr)) == Math.Sign(shift) && Math.Abs(Math.Log(cr)) >= Math.Log(1 + (config.DriftTolerance / 2));
        var note = moved
            ? $"suite-relative times ({mode}: {how}; suite factor {Fixed(Math.Exp(shift), 3)}): {Percent(agreeing)} of benchmarks shifted alike by {Percent(Math.Exp(shift) - 1)} and the calibration " +
              (followed ? "moved alike (environment drift)" : "did not follow") + $" ({calibrationText}); a benchmark slowed beyond the fail threshold as measured is SUSPECTED - a change that slows everything looks the same as a slower machine: confirm with --against=<ref> (interleaved A/B) or --confirm"
            : $"suite-relative times ({mode}: {how}; suite factor {Fixed(Math.Exp(shift), 3)}); no suite-wide shift ({calibrationText})";
        return new DriftAssessment(Math.Exp(shift) - 1, calibration, 1.0, moved, false, note, mode, moved);
    }

    private static bool Comparable(Prepared p, GateConfig config) =>
        p.Current.SamplesNs.Count >= config.MinSamples && p.Pooled.Length >= config.MinSamples && double.IsFinite(p.RawRatio) && p.RawRatio > 0;

    /// <summary>
    /// A whole machine that slowed shifts every benchmark alike and moves the calibration workload too; a code change
    /// moves a few benchmarks and leaves calibration alone. Only the first is normalized away.
    /// </summary>
    internal static DriftAssessment AssessDrift(ComparisonInput input, GateConfig config, IReadOnlyList<double> logRatios)
    {
        var shift = logRatios.Count > 0 ? RobustStatistics.Median(logRatios) : 0.0;
        double? calibration = input.BaselineCalibrationNs is > 0 && input.CurrentCalibrationNs is > 0
            ? input.CurrentCalibrationNs / input.BaselineCalibrationNs : null;
        var shiftText = Percent(Math.Exp(shift) - 1);
        var calibrationText = calibration is { } c ? $"calibration ratio {Fixed(c, 3)}" : "no calibration";

        if (input.Interleaved)
        {
            // Both builds ran side by side on this machine, so whatever the environment did it did to both: a suite-wide
            // shift here is the code change itself, and normalizing it away would hide a change that slows everything.
            return new DriftAssessment(Math.Exp(shift) - 1, calibration, 1.0, false, false,
                $"interleaved A/B on this machine: the environment is shared, so no drift normalization (median shift {shiftText})");
        }

        if (!input.FingerprintMatches)
        {
            return calibration is { } cr
                ? new DriftAssessment(Math.Exp(shift) - 1, cr, cr, true, false,
                    $"baseline recorded in another environment: compared only through calibration normalization (times divided by {Fixed(cr, 3)})")
                : new DriftAssessment(Math.Exp(shift) - 1, null, 1.0, false, true,
                    "baseline recorded in another environment and no calibration on both sides: time verdicts capped at SUSPECTED");
        }

        var suiteMoved = logRatios.Count >= config.DriftMinBenchmarks && Math.Abs(shift) >= Math.Log(1 + config.DriftTolerance);
        var agreeing = logRatios.Count == 0 ? 0.0 : logRatios.Count(l => Math.Sign(l) == Math.Sign(shift)) / (double)logRatios.Count;
        if (suiteMoved && agreeing >= config.DriftAgreement)
        {
            if (calibration is { } cr)
            {
                var calibrationMoved = Math.Sign(Math.Log(cr)) == Math.Sign(shift) && Math.Abs(Math.Log(cr)) >= Math.Log(1 + (config.DriftTolerance / 2));
                if (!calibrationMoved && shift < 0)
                {
                    // A suite that reads faster than its baseline without the calibration following is a quieter machine
                    // (the baseline's runs caught the host's bursts), not a neighbour: it cannot make a false REGRESSION, only
                    // shrink a real one, so slowdowns are judged on the times as measured; only speedups are held back.
                    return new DriftAssessment(Math.Exp(shift) - 1, cr, 1.0, false, false,
                        $"the suite read faster as a whole: {Percent(agreeing)} of benchmarks shifted alike by {shiftText}, the calibration did not follow ({calibrationText}); times as measured, IMPROVEMENT capped at NO_CHANGE",
                        CapImprovements: true);
                }

                if (!calibrationMoved && shift < Math.Log(1 + config.DriftCapShift))
                {
                    // A small unexplained slowdown of the whole suite (the host a few percent slower this hour) cannot lift one
                    // case past a band it also widens; capping every verdict for it lost real regressions of quiet runs.
                    return new DriftAssessment(Math.Exp(shift) - 1, cr, 1.0, false, false,
                        $"the suite read slower as a whole: {Percent(agreeing)} of benchmarks shifted alike by {shiftText}, the calibration did not follow ({calibrationText}); below drift_cap_shift {Percent(config.DriftCapShift)}: times as measured, every band widened by the shift",
                        Widening: shift);
                }

                return calibrationMoved
                    ? new DriftAssessment(Math.Exp(shift) - 1, cr, Math.Exp(shift), true, false,
                        $"environment drift: the whole suite shifted {shiftText} and the calibration moved alike ({calibrationText}); times normalized by the suite shift")
                    // Measured here: a CPU burner on the other core slowed the suite 24-62% while the 1 s calibration, which
                    // does not contend for the GC thread or the cache the way the suite does, stayed put. A code change
                    // that slows every category alike is rare; a noisy neighbour is common. So neither verdict is trusted:
                    // nothing fails on time, everything beyond the thresholds is reported as SUSPECTED.
                    : new DriftAssessment(Math.Exp(shift) - 1, cr, 1.0, false, true,
                        $"environment drift suspected: {Percent(agreeing)} of benchmarks shifted alike by {shiftText} but calibration did not follow ({calibrationText}); time verdicts capped at SUSPECTED - confirm with --against=<ref> (interleaved A/B) or --confirm");
            }

            return new DriftAssessment(Math.Exp(shift) - 1, null, Math.Exp(shift), true, false,
                $"environment drift assumed: {Percent(agreeing)} of benchmarks shifted alike by {shiftText} and no calibration is available; times normalized by the suite shift");
        }

        if (logRatios.Count < config.DriftMinBenchmarks && calibration is { } only && Math.Abs(Math.Log(only)) >= Math.Log(1 + config.DriftTolerance))
        {
            // Too few benchmarks to see a suite-wide shift: the calibration workload is the only witness of the machine.
            return new DriftAssessment(Math.Exp(shift) - 1, only, only, true, false,
                $"environment drift per calibration ({calibrationText}) with too few benchmarks for a suite shift; times divided by the calibration ratio");
        }

        var note = calibration is { } moved && Math.Abs(Math.Log(moved)) >= Math.Log(1 + config.DriftTolerance)
            ? $"calibration moved ({calibrationText}) but the suite did not shift alike (median shift {shiftText}); no normalization"
            : $"no environment drift (median shift {shiftText}, {calibrationText})";
        return new DriftAssessment(Math.Exp(shift) - 1, calibration, 1.0, false, false, note);
    }

    private static List<BenchmarkComparison> Decide(List<Prepared> prepared, DriftAssessment drift, GateConfig config, IReadOnlyDictionary<string, int>? currentRunCounts, bool interleaved)
    {
        var driftWidening = drift.BandWidening;
        // A case judged on its re-measure launches is normalized by the machine's move, not by a burst in the run's launches.
        var remeasured = prepared.Any(p => p.Current.Remeasured)
            ? RemeasuredDrift.For(drift, FastestLaunch.MachineShift(
                prepared.Where(p => !p.Current.Remeasured && Comparable(p, config)).Select(p => (p.Current.ProcessMediansNs, p.BaselineFastest)), config.DriftMinBenchmarks))
            : (Factor: drift.AppliedFactor, Widening: driftWidening);
        var measured = prepared.Select(p => ProcessVariance(p).Variance).Where(double.IsFinite).ToList();
        var suiteVariance = measured.Count >= 3 ? RobustStatistics.Median(measured) : config.PriorDrift * config.PriorDrift;
        // When the rule normalized for a machine that moved, the witness divides by the move its own fastest launches show.
        var machineFactor = drift.Normalized
            ? FastestLaunch.SuiteShift(prepared.Where(p => Comparable(p, config)).Select(p => (p.Current.ProcessMediansNs, p.BaselineFastest)), config.DriftMinBenchmarks)
            : 1.0;
        double FactorOf(Prepared p) => p.Current.Remeasured ? remeasured.Factor : drift.AppliedFactor;
        var rows = prepared.Select(p =>
        {
            var samples = p.Current.SamplesNs.Select(s => s / (FactorOf(p) * p.CurrentFactor)).ToArray();
            var feasible = samples.Length >= config.MinSamples && p.Pooled.Length >= config.MinSamples
                && MannWhitneyTest.MinimumPValue(samples.Length, p.Pooled.Length) <= config.Alpha;
            return (P: p, Samples: samples, Feasible: feasible,
                Greater: feasible ? MannWhitneyTest.PValueGreater(samples, p.Pooled) : 1.0,
                Less: feasible ? MannWhitneyTest.PValueLess(samples, p.Pooled) : 1.0);
        }).ToList();

        var tested = rows.Where(r => r.Feasible).ToList();
        var qGreater = BenjaminiHochberg.Adjust(tested.Select(r => r.Greater).ToList());
        var qLess = BenjaminiHochberg.Adjust(tested.Select(r => r.Less).ToList());
        var q = new Dictionary<string, (double Greater, double Less)>(StringComparer.Ordinal);
        for (var i = 0; i < tested.Count; i++)
        {
            q[tested[i].P.Current.FullName] = (qGreater[i], qLess[i]);
        }

        return rows.Select(r =>
        {
            var p = r.P;
            var median = r.Samples.Length > 0 ? RobustStatistics.Median(r.Samples) : double.NaN;
            var ratio = median / p.Reference;
            // Confirmation and A/B pass how many processes they pooled; otherwise the run's own launches are its processes.
            var currentRuns = Math.Max(1, currentRunCounts is not null && currentRunCounts.TryGetValue(p.Current.FullName, out var counted) ? counted : p.Current.Processes);
            var paired = interleaved && p.Runs >= 2 && double.IsFinite(p.Variance);
            var policy = paired ? config.SideBySide(p.Policy) : p.Policy;
            var sigma = paired ? PairedSigma(p, config) : BetweenRunSigma(p, suiteVariance, config, currentRuns);
            var failFactor = paired ? MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, p.Runs - 1, (1 + config.ConfidenceLevel) / 2) : config.FailBandFactor;
            var widening = p.Current.Remeasured ? remeasured.Widening : driftWidening;
            var band = new Band(
                (failFactor * sigma) + widening,
                (config.WarnBandFactor * sigma) + widening);
            var (allocation, baseAlloc) = AllocationOf(p.History, p.Current, policy);
            var slower = ratio >= 1.0;
            var pValue = slower ? r.Greater : r.Less;
            double? qValue = q.TryGetValue(p.Current.FullName, out var qq) ? (slower ? qq.Greater : qq.Less) : null;
            var (lower, upper) = Interval(r.Samples, p, config);

            var (verdict, reason) = Classify(r.Feasible, ratio, median, p.Reference, qValue, band, policy, config, drift, r.Samples.Length, p.Pooled.Length);
            if (p.Current.Remeasured && RemeasuredDrift.Describe(drift, remeasured) is { } adjusted)
            {
                reason += "; " + adjusted;
            }

            if (drift.SuiteWideShift && verdict is TimeVerdict.NoChange or TimeVerdict.Improvement && p.RawRatio - 1 >= policy.FailThreshold)
            {
                (verdict, reason) = (TimeVerdict.Suspected, $"{Percent(p.RawRatio - 1)} slower as measured, {reason} relative to the suite; the whole suite moved: {drift.Note}");
            }

            // Side by side the launches are paired with the other build's, which says more than any fastest launch. Not the
            // median rule's normalization factor: it is a ratio of medians, which the bursts this witness sets aside have
            // moved (a baseline with two burst runs made A/A runs read the whole suite 9 % faster).
            var witness = interleaved || p.BaselineFastest is not { } fastest ? null : FastestLaunch.Judge(
                p.Current.ProcessMediansNs, fastest, policy.WarnThreshold, config.FastestLaunchBandFactor, machineFactor, config.FastestLaunchModeRuns, config.FailThreshold);
            // Whatever r says: a baseline whose median two burst runs raised reads a real ×1.10 as faster (measured: r 0.85-0.94).
            if (verdict == TimeVerdict.NoChange && witness is { Slower: true })
            {
                (verdict, reason) = (TimeVerdict.Suspected, $"{reason}; but every launch was slower: the fastest of {witness.Launches} launches is "
                    + $"{Percent(witness.Ratio - 1)} above the baseline runs' typical fastest launch (band +{Percent(witness.Band)} over {witness.BaselineRuns} runs)");
            }
            else if (verdict == TimeVerdict.NoChange && witness is { Beyond: true, KnownMode: true })
            {
                reason += $"; every launch sat {Percent(witness.Ratio - 1)} above the baseline runs' typical fastest launch, as every launch of "
                    + $"{witness.SlowModeRuns} of its {witness.BaselineRuns} runs did (further above the others than a regression): a slow mode of this case, not a slowdown";
            }

            return new BenchmarkComparison
            {
                FullName = p.Current.FullName, Category = p.Current.Category ?? p.History.Category, Verdict = verdict,
                AllocationVerdict = allocation, Ratio = Finite(ratio), RawRatio = Finite(p.RawRatio), SuiteFactor = p.CurrentFactor, RatioLower = Finite(lower), RatioUpper = Finite(upper),
                PValue = r.Feasible ? pValue : null, QValue = qValue, WelchPValue = WelchTest.Of(r.Samples, p.Pooled)?.PValue, Band = Math.Exp(band.Fail) - 1,
                Resolution = r.Feasible ? Resolution.Of(band.Fail, band.Warn, policy.FailThreshold, policy.WarnThreshold, drift.CapAtSuspected) : null, BaselineMedianNs = p.Reference,
                CurrentMedianNs = Finite(median), BaselineSamples = p.Pooled.Length, CurrentSamples = r.Samples.Length,
                BaselineRuns = p.History.RunSamplesNs.Count(s => s.Count > 0), BaselineAllocatedBytes = baseAlloc,
                CurrentProcesses = currentRuns, CurrentLaunchSd = LaunchSpread.BetweenLaunchSd(p.Current.ProcessMediansNs), FastestLaunch = witness,
                CurrentAllocatedBytes = p.Current.AllocatedBytesPerOp, Reason = reason,
                BaselineMeanNs = p.Pooled.Length > 0 ? p.Pooled.Average() : null, CurrentMeanNs = r.Samples.Length > 0 ? r.Samples.Average() : null,
                StatisticalSignificance = r.Feasible && q.TryGetValue(p.Current.FullName, out var guideQ)
                    ? new StatisticalSignificance { PValue = r.Greater, QValue = guideQ.Greater, IsSignificant = guideQ.Greater <= config.Alpha, TestStatistic = MannWhitneyTest.U(r.Samples, p.Pooled) }
                    : null,
                PracticalSignificance = PracticalSignificance.Of(Finite(ratio), policy.FailThreshold),
            };
        }).ToList();
    }

    /// <summary>
    /// The standard deviation of the log ratio expected for the next run, in three steps.
    /// <para>(1) The baseline's per-process variance (<see cref="ProcessVariance"/>), shrunk toward the suite's typical
    /// value (a handful of runs gives a very noisy variance).</para>
    /// <para>(2) The larger of that and the current run's own between-launch variance. Under "nothing changed" both
    /// estimate the same thing, and pooling them would be more efficient; but launches that disagree describe this run's
    /// conditions (a neighbour, a process whose JIT or GC went astray), which the baseline cannot know. Pooled, K × L quiet
    /// baseline processes would outvote the L − 1 degrees of freedom of a noisy run, and that run would be judged with a
    /// quiet band: the very false alarm launches exist to prevent. Three agreeing launches, in turn, say too little to
    /// narrow the band below what the baseline's history shows. The price: with L = 3 a calm run's own estimate exceeds
    /// three times the true variance about 5% of the time (χ²₂ > 6), widening that case's band by up to √3: a lost
    /// detection at worst, never a false alarm.</para>
    /// <para>(3) Scaled by √(1/m + 1/(K·L̄)): the current level is the median of m pooled processes (its launches, plus
    /// confirmation re-runs), the reference the median of K runs of L̄ launches each.</para>
    /// </summary>
    private static double BetweenRunSigma(Prepared p, double suiteVariance, GateConfig config, int currentRuns)
    {
        var (own, dof) = ProcessVariance(p);
        own = double.IsFinite(own) ? own : suiteVariance;
        var shrunk = ((dof * own) + (config.DriftPriorWeight * suiteVariance)) / (dof + config.DriftPriorWeight);
        var current = (config.TrimLoneSlowLaunch ? LaunchSpread.LogVarianceWithoutLoneSlow(p.Current.ProcessMediansNs) : LaunchSpread.LogVariance(p.Current.ProcessMediansNs)) ?? 0.0;
        var perProcess = Math.Max(shrunk, current);
        var baselineProcesses = Math.Max(1, p.History.RunSamplesNs.Select((r, k) => r.Count == 0 ? 0 : LaunchesOf(p.History, k)).Sum());
        return Math.Max(config.MinDrift, Math.Sqrt(perProcess)) * Math.Sqrt((1.0 / currentRuns) + (1.0 / baselineProcesses));
    }

    /// <summary>
    /// The baseline's variance of one process's log median, and its degrees of freedom. The K runs' medians vary by the
    /// between-run variance; a run of L launches is the median of L processes, so one process varies about L times as
    /// much (an overstatement when whole runs move together, which only widens the band). The runs' launches also show
    /// the spread between processes within a run, with Σ(L − 1) degrees of freedom; that spread leaves out whatever
    /// moves a whole run, so it is a floor, not a rival: it is pooled in only when the between-run estimate falls below
    /// it (then both estimate the same thing and more data is better), and it alone speaks when K = 1. Baselines without
    /// launches give the between-run estimate as before.
    /// </summary>
    private static (double Variance, int Dof) ProcessVariance(Prepared p)
    {
        var runs = p.History.RunSamplesNs.Select((r, k) => (Samples: r, k)).Where(x => x.Samples.Count > 0).ToList();
        var launchesPerRun = runs.Count == 0 ? 1.0 : runs.Average(x => (double)LaunchesOf(p.History, x.k));
        var between = p.Variance * launchesPerRun;
        var betweenDof = Math.Max(0, p.Runs - 1);
        var (within, withinDof) = LaunchSpread.PooledLogVariance(
            runs.Select(x => LaunchMediansOf(p.History, x.k)).OfType<IReadOnlyList<double>>());
        if (withinDof == 0)
        {
            return (between, betweenDof);
        }

        if (!double.IsFinite(between) || betweenDof == 0)
        {
            return (within, withinDof);
        }

        return between >= within
            ? (between, betweenDof)
            : (((betweenDof * between) + (withinDof * within)) / (betweenDof + withinDof), betweenDof + withinDof);
    }

    /// <summary>Each baseline run's fastest launch median, as measured; null when fewer than three runs recorded launches.</summary>
    private static double[]? FastestPerRun(BenchmarkHistory history)
    {
        var fastest = Enumerable.Range(0, history.RunSamplesNs.Count)
            .Where(k => history.RunSamplesNs[k].Count > 0 && LaunchMediansOf(history, k) is not null)
            .Select(k => LaunchMediansOf(history, k)!.Min())
            .ToArray();
        return fastest.Length >= 3 ? fastest : null;
    }

    private static int LaunchesOf(BenchmarkHistory history, int run) => LaunchMediansOf(history, run)?.Count ?? 1;

    private static IReadOnlyList<double>? LaunchMediansOf(BenchmarkHistory history, int run) =>
        history.RunLaunchMediansNs is { } all && run < all.Count && all[run] is { Count: > 0 } medians ? medians : null;

    /// <summary>
    /// Interleaved A/B (rounds blocked by <see cref="RoundBlocking"/>): the standard error of the mean of the rounds' log
    /// B/A ratios, from this benchmark's rounds alone. After blocking, a round's A log median sits half its B/A deviation
    /// from the mean, so the SE is 2·sd(A)/√K. No shrinkage toward the suite: one process's copy of a build can be ~20% off
    /// for a whole round on one benchmark and not on the others, and the suite's typical spread would hide that. The fail
    /// band is the t quantile of <see cref="GateConfig.ConfidenceLevel"/> (K − 1 degrees of freedom) times this SE: a
    /// REGRESSION needs the rounds' confidence interval of the mean ratio to lie wholly above 1.
    /// </summary>
    private static double PairedSigma(Prepared p, GateConfig config) =>
        Math.Max(config.MinDrift, 2 * Math.Sqrt(p.Variance) / Math.Sqrt(p.Runs));

    private sealed record Band(double Fail, double Warn);

    private static (TimeVerdict Verdict, string Reason) Classify(
        bool feasible, double ratio, double median, double reference, double? q, Band band, ThresholdPolicy policy,
        GateConfig config, DriftAssessment drift, int n, int m)
    {
        if (double.IsFinite(median) && Math.Abs(median - reference) < policy.NoiseFloorNs)
        {
            return (TimeVerdict.Noise, $"median moved {Fixed(Math.Abs(median - reference), 3)} ns, below the {Fixed(policy.NoiseFloorNs, 3)} ns noise floor");
        }

        if (!feasible || !double.IsFinite(ratio) || q is null)
        {
            return (TimeVerdict.InsufficientData, n < config.MinSamples || m < config.MinSamples
                ? $"{n} current / {m} baseline samples; at least {config.MinSamples} per side are needed"
                : $"with {n} vs {m} samples Mann–Whitney cannot reach p ≤ {Fixed(config.Alpha, 4)} (minimum attainable p {MannWhitneyTest.MinimumPValue(n, m).ToString("G3", CultureInfo.InvariantCulture)})");
        }

        var logRatio = Math.Log(ratio);
        var significant = q <= config.Alpha;
        if (ratio >= 1.0)
        {
            var practical = ratio - 1 >= policy.FailThreshold;
            var sure = significant && logRatio > band.Warn && ratio - 1 >= policy.WarnThreshold;
            var facts = $"{Percent(ratio - 1)} slower, q={Sci(q.Value)}, between-run band +{Percent(Math.Exp(band.Warn) - 1)} (warn) / +{Percent(Math.Exp(band.Fail) - 1)} (fail), fail at {Percent(policy.FailThreshold)}";
            if (practical && sure && logRatio > band.Fail)
            {
                return drift.CapAtSuspected
                    ? (TimeVerdict.Suspected, facts + "; would be a regression, but time verdicts are capped at SUSPECTED: " + drift.Note)
                    : (TimeVerdict.Regression, facts);
            }

            if (practical)
            {
                return (TimeVerdict.Suspected, facts + (!significant ? "; not statistically significant" : "; inside the between-run band"));
            }

            if (sure)
            {
                return (TimeVerdict.Suspected, facts + "; statistically sure but below the fail threshold");
            }

            return (TimeVerdict.NoChange, facts);
        }

        // An improvement needs the evidence a regression needs, mirrored: a speedup that one more run would take back
        // must not be claimed (a pull-request comment saying "2x faster" is read as a fact).
        var faster = (1 / ratio) - 1;
        var large = faster >= policy.FailThreshold;
        var beyondBand = -logRatio > band.Fail;
        var speedup = $"{Percent(faster)} faster, q={Sci(q.Value)}, between-run band -{Percent(1 - Math.Exp(-band.Fail))} (fail), improvement at {Percent(policy.FailThreshold)}";
        if (significant && large && beyondBand)
        {
            return drift.CapAtSuspected || drift.CapImprovements
                ? (TimeVerdict.NoChange, speedup + "; would be an improvement, but time verdicts are capped: " + drift.Note)
                : (TimeVerdict.Improvement, speedup);
        }

        var missing = new[] { (!significant, "not statistically significant"), (!large, "below the fail threshold"), (!beyondBand, "inside the between-run band") }
            .Where(m => m.Item1).Select(m => m.Item2).ToList();
        return (TimeVerdict.NoChange, speedup + "; not an improvement: " + string.Join(", ", missing));
    }

    private static (AllocationVerdict Verdict, double? Baseline) AllocationOf(BenchmarkHistory history, MeasuredBenchmark current, ThresholdPolicy policy)
    {
        var known = history.AllocatedBytesPerOp.Where(a => a is not null).Select(a => a!.Value).ToList();
        if (known.Count == 0 || current.AllocatedBytesPerOp is not { } now)
        {
            return (AllocationVerdict.NotMeasured, known.Count == 0 ? null : known.Max());
        }

        // Accepted runs already show how much this benchmark's allocations jitter; only growth beyond their largest value
        // by more than their own range (scaled), the absolute tolerance and a sliver of the operation's own size counts.
        var tolerance = policy.AllocationToleranceBytes + (policy.AllocationSpreadFactor * (known.Max() - known.Min())) + (policy.AllocationRelativeTolerance * known.Max());
        if (now > known.Max() + tolerance)
        {
            return (AllocationVerdict.Regression, known.Max());
        }

        return (now < known.Min() - tolerance ? AllocationVerdict.Improvement : AllocationVerdict.NoChange, known.Max());
    }

    private static (double Lower, double Upper) Interval(double[] samples, Prepared p, GateConfig config)
    {
        var (lower, upper) = MedianRatioBootstrap.Interval(samples, p.Pooled, config.ConfidenceLevel, config.BootstrapResamples, StableSeed(p.Current.FullName));
        // The interval is of median(current)/median(pooled); rescale so it brackets the reported ratio's reference.
        var scale = RobustStatistics.Median(p.Pooled) / p.Reference;
        return (lower * scale, upper * scale);
    }

    private static int StableSeed(string text)
    {
        // FNV-1a: string.GetHashCode is randomized per process, and reports must be reproducible.
        var hash = 2166136261u;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private static int Severity(BenchmarkComparison c) => c.Fails ? 0 : c.Verdict switch
    {
        TimeVerdict.Inconclusive or TimeVerdict.Incomparable => 1,
        TimeVerdict.Suspected => 1,
        TimeVerdict.Missing => 2,
        TimeVerdict.InsufficientData => 3,
        TimeVerdict.New => 4,
        TimeVerdict.NoChange => 5,
        TimeVerdict.Noise => 6,
        _ => 7,
    };

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    internal static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Fixed(double value, int digits) => Math.Round(value, digits).ToString(CultureInfo.InvariantCulture);

    private static string Sci(double value) => value.ToString("G3", CultureInfo.InvariantCulture);
}
