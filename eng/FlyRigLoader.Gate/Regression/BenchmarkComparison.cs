using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Regression;

/// <summary>The outcome for one benchmark, with the numbers behind the verdict.</summary>
public sealed record BenchmarkComparison
{
    /// <summary>BenchmarkDotNet full name.</summary>
    public required string FullName { get; init; }

    /// <summary>Category, or null.</summary>
    public string? Category { get; init; }

    /// <summary>Time verdict.</summary>
    public required TimeVerdict Verdict { get; init; }

    /// <summary>Allocation verdict.</summary>
    public required AllocationVerdict AllocationVerdict { get; init; }

    /// <summary>Current median / baseline reference median, after drift normalization.</summary>
    public double? Ratio { get; init; }

    /// <summary>Factor the current times were divided by for the suite-relative normalization (1 when none).</summary>
    public double? SuiteFactor { get; init; }

    /// <summary>Current median / baseline reference median before any normalization.</summary>
    public double? RawRatio { get; init; }

    /// <summary>Lower end of the bootstrap interval of <see cref="Ratio"/>.</summary>
    public double? RatioLower { get; init; }

    /// <summary>Upper end of the bootstrap interval of <see cref="Ratio"/>.</summary>
    public double? RatioUpper { get; init; }

    /// <summary>Raw one-sided Mann–Whitney p-value in the direction of the change.</summary>
    public double? PValue { get; init; }

    /// <summary>Benjamini–Hochberg adjusted p-value (q) in the direction of the change.</summary>
    public double? QValue { get; init; }

    /// <summary>Two-sided Welch t-test p-value of current against pooled baseline samples (reported only; the verdict uses Mann–Whitney).</summary>
    public double? WelchPValue { get; init; }

    /// <summary>Relative slowdown a REGRESSION had to exceed to leave the between-run band (0.08 = 8 %).</summary>
    public double? Band { get; init; }

    /// <summary>The smallest slowdowns this comparison could have called (<see cref="Regression.Resolution"/>); null without a feasible test.</summary>
    public Resolution? Resolution { get; init; }

    /// <summary>Baseline reference median (median of the accepted runs' medians), ns.</summary>
    public double? BaselineMedianNs { get; init; }

    /// <summary>Current median after drift normalization, ns.</summary>
    public double? CurrentMedianNs { get; init; }

    /// <summary>Mean of the pooled baseline samples the test compared, ns.</summary>
    public double? BaselineMeanNs { get; init; }

    /// <summary>Mean of the current samples the test compared (after drift normalization), ns.</summary>
    public double? CurrentMeanNs { get; init; }

    /// <summary>The suite guide's Mann–Whitney test of "current slower" with its U and significance, or null when no test could be made.</summary>
    public StatisticalSignificance? StatisticalSignificance { get; init; }

    /// <summary>The suite guide's practical significance (slowdown at least the fail threshold), or null without a ratio.</summary>
    public PracticalSignificance? PracticalSignificance { get; init; }

    /// <summary>Baseline samples pooled over runs.</summary>
    public int BaselineSamples { get; init; }

    /// <summary>Current samples.</summary>
    public int CurrentSamples { get; init; }

    /// <summary>Accepted baseline runs holding this benchmark.</summary>
    public int BaselineRuns { get; init; }

    /// <summary>Fresh processes behind the current median (the run's launches, plus any confirmation re-runs).</summary>
    public int CurrentProcesses { get; init; } = 1;

    /// <summary>How far the current run's processes disagreed: sd of their log medians, or null with one process.</summary>
    public double? CurrentLaunchSd { get; init; }

    /// <summary>The fastest-launch witness (<see cref="Regression.FastestLaunch"/>), or null when it could not speak.</summary>
    public FastestLaunchWitness? FastestLaunch { get; init; }

    /// <summary>Largest allocation/op of the accepted baseline runs.</summary>
    public double? BaselineAllocatedBytes { get; init; }

    /// <summary>Current allocation/op.</summary>
    public double? CurrentAllocatedBytes { get; init; }

    /// <summary>One sentence explaining the verdict.</summary>
    public required string Reason { get; init; }

    /// <summary>
    /// True when the numbers come from a baseline that cannot judge this run (another fingerprint or job): they are shown
    /// for information only, and no verdict comes from them.
    /// </summary>
    public bool Informational { get; init; }

    /// <summary>True when this benchmark fails the gate (time or allocation regression).</summary>
    public bool Fails => Verdict == TimeVerdict.Regression || AllocationVerdict == AllocationVerdict.Regression;

    /// <summary>True when the gate could not reach a verdict on this benchmark (INCONCLUSIVE or INCOMPARABLE).</summary>
    public bool NoVerdict => Verdict is TimeVerdict.Inconclusive or TimeVerdict.Incomparable || AllocationVerdict == AllocationVerdict.Incomparable;

    /// <summary>
    /// This comparison as the report stores it (<c>regression_analysis.details.benchmarks[]</c>): the one projection from
    /// the verdict to its wire form, so the two cannot drift apart field by field.
    /// </summary>
    public BenchmarkVerdictDetails Details() => new()
    {
        FullName = FullName, Category = Category, Verdict = VerdictNames.Of(Verdict), AllocationVerdict = VerdictNames.Of(AllocationVerdict),
        GuideVerdict = GuideVerdicts.ForBenchmark(VerdictNames.Of(Verdict), VerdictNames.Of(AllocationVerdict)), Ratio = Ratio, RawRatio = RawRatio, SuiteFactor = SuiteFactor,
        RatioCi = RatioLower is { } lo && RatioUpper is { } hi ? [lo, hi] : null, PValue = PValue, QValue = QValue, WelchPValue = WelchPValue,
        FailBand = Band, DetectableRegression = Resolution?.Regression, DetectableSuspected = Resolution?.Flagged, BaselineMedianNs = BaselineMedianNs, CurrentMedianNs = CurrentMedianNs,
        BaselineSamples = BaselineSamples, CurrentSamples = CurrentSamples, BaselineRuns = BaselineRuns,
        CurrentProcesses = CurrentProcesses, CurrentLaunchSd = CurrentLaunchSd,
        FastestLaunchRatio = FastestLaunch?.Ratio, FastestLaunchBand = FastestLaunch?.Band, FastestLaunchSlowModeRuns = FastestLaunch?.SlowModeRuns,
        BaselineAllocatedBytes = BaselineAllocatedBytes, CurrentAllocatedBytes = CurrentAllocatedBytes, Reason = Reason, Informational = Informational,
        BaselineMeanNs = BaselineMeanNs, CurrentMeanNs = CurrentMeanNs,
        StatisticalSignificance = StatisticalSignificance, PracticalSignificance = PracticalSignificance,
        PerformanceDelta = PerformanceDelta.Of(BaselineMeanNs, CurrentMeanNs, BaselineMedianNs, CurrentMedianNs),
    };
}
