namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// One benchmark's verdict with its numbers as the report stores and reads them back
/// (<c>regression_analysis.details.benchmarks[]</c>): the wire projection of a <c>Regression.BenchmarkComparison</c>, made only
/// by its <c>Details()</c>; verdicts are names here because a report written by an older gate is read with them.
/// </summary>
public sealed record BenchmarkVerdictDetails
{
    /// <summary>BenchmarkDotNet full name.</summary>
    public string? FullName { get; init; }

    /// <summary>Category, or null.</summary>
    public string? Category { get; init; }

    /// <summary>Time verdict (REGRESSION, SUSPECTED, NO_CHANGE, …, INCONCLUSIVE, INCOMPARABLE).</summary>
    public string? Verdict { get; init; }

    /// <summary>Allocation verdict.</summary>
    public string? AllocationVerdict { get; init; }

    /// <summary>The suite guide's name for the verdicts (<see cref="GuideVerdicts.ForBenchmark"/>), or null when it has none.</summary>
    public string? GuideVerdict { get; init; }

    /// <summary>Current/baseline median ratio after normalization.</summary>
    public double? Ratio { get; init; }

    /// <summary>The ratio as measured.</summary>
    public double? RawRatio { get; init; }

    /// <summary>The suite factor divided out.</summary>
    public double? SuiteFactor { get; init; }

    /// <summary>95 % interval of the ratio (lower, upper), or null.</summary>
    public IReadOnlyList<double>? RatioCi { get; init; }

    /// <summary>One-sided Mann–Whitney p.</summary>
    public double? PValue { get; init; }

    /// <summary>Benjamini–Hochberg q.</summary>
    public double? QValue { get; init; }

    /// <summary>Two-sided Welch t-test p of the same samples (the suite guide's test; the verdict does not use it).</summary>
    public double? WelchPValue { get; init; }

    /// <summary>The relative slowdown the ratio had to exceed to leave the between-run fail band (0.08 = +8 %).</summary>
    public double? FailBand { get; init; }

    /// <summary>The smallest relative slowdown this comparison could have called a REGRESSION; null when it could not call one.</summary>
    public double? DetectableRegression { get; init; }

    /// <summary>The smallest relative slowdown this comparison would have flagged at least SUSPECTED.</summary>
    public double? DetectableSuspected { get; init; }

    /// <summary>Baseline median.</summary>
    public double? BaselineMedianNs { get; init; }

    /// <summary>Current median.</summary>
    public double? CurrentMedianNs { get; init; }

    /// <summary>Baseline sample count.</summary>
    public int BaselineSamples { get; init; }

    /// <summary>Current sample count.</summary>
    public int CurrentSamples { get; init; }

    /// <summary>Baseline runs.</summary>
    public int BaselineRuns { get; init; }

    /// <summary>Baseline allocation per operation.</summary>
    public double? BaselineAllocatedBytes { get; init; }

    /// <summary>Current allocation per operation.</summary>
    public double? CurrentAllocatedBytes { get; init; }

    /// <summary>Why the verdict, in words.</summary>
    public string? Reason { get; init; }

    /// <summary>Fresh processes behind the current median.</summary>
    public int CurrentProcesses { get; init; } = 1;

    /// <summary>Sd of the current processes' log medians, or null with one.</summary>
    public double? CurrentLaunchSd { get; init; }

    /// <summary>The current run's fastest launch over the baseline runs' typical fastest launch, or null when the witness could not speak.</summary>
    public double? FastestLaunchRatio { get; init; }

    /// <summary>Relative excess <see cref="FastestLaunchRatio"/> had to pass to call every launch slower (0.07 = +7 %).</summary>
    public double? FastestLaunchBand { get; init; }

    /// <summary>Baseline runs in a slow mode at this run's level (as slow in every launch, apart from the others by more than the fail threshold); from <c>fastest_launch_mode_runs</c> of them on, the witness stays silent.</summary>
    public int? FastestLaunchSlowModeRuns { get; init; }

    /// <summary>True when the ratio comes from an incomparable baseline: shown for information, no verdict from it.</summary>
    public bool Informational { get; init; }

    /// <summary>Mean of the pooled baseline samples, ns; null in reports written before it was recorded.</summary>
    public double? BaselineMeanNs { get; init; }

    /// <summary>Mean of the current samples (after drift normalization), ns.</summary>
    public double? CurrentMeanNs { get; init; }

    /// <summary>The suite guide's <c>statistical_significance</c> (Mann–Whitney "current slower": p, significance, U).</summary>
    public StatisticalSignificance? StatisticalSignificance { get; init; }

    /// <summary>The suite guide's <c>practical_significance</c> (fail threshold and whether the slowdown reaches it).</summary>
    public PracticalSignificance? PracticalSignificance { get; init; }

    /// <summary>The suite guide's <c>performance_delta</c>: mean and median deltas, absolute (ns) and in percent.</summary>
    public PerformanceDelta? PerformanceDelta { get; init; }
}
