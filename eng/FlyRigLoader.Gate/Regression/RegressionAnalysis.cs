using FlyRigLoader.Gate.History;

namespace FlyRigLoader.Gate.Regression;

/// <summary>The verdicts of one comparison, worst first, plus the drift assessment.</summary>
/// <param name="Comparisons">One entry per benchmark seen on either side, worst first.</param>
/// <param name="Drift">Environment drift found and what was done about it.</param>
public sealed record RegressionAnalysis(IReadOnlyList<BenchmarkComparison> Comparisons, DriftAssessment Drift)
{
    /// <summary>Which baseline judged the run, whether it could, and how the verdicts were reached; null when not recorded.</summary>
    public BaselineUse? Baseline { get; init; }

    /// <summary>
    /// <c>baseline_max_launch_spread</c> of the rule that judged: the launch agreement a settled run keeps, against which
    /// the resolution sentence reads the current run's own (0: not judged).
    /// </summary>
    public double SettledLaunchSpread { get; init; }

    /// <summary>
    /// How far the current run's own launches agreed (<see cref="Baselines.MeasuredRun.LaunchSpreadOf"/>): whether it was
    /// settled, which the resolution sentence says; null with one launch per case.
    /// </summary>
    public double? CurrentLaunchSpread { get; init; }

    /// <summary>Creep against the history's anchor and the steps of each benchmark, or null when the history was not consulted.</summary>
    internal HistoryAnalysis? History { get; init; }

    /// <summary>True when CREEP fails the gate (<c>--fail-on-creep</c>).</summary>
    internal bool FailsOnCreep => History?.Fails == true;

    /// <summary>True when any benchmark regressed in time or allocations.</summary>
    public bool HasRegression => Comparisons.Any(c => c.Fails);

    /// <summary>True when any benchmark got no verdict (INCONCLUSIVE or INCOMPARABLE).</summary>
    public bool HasNoVerdict => Comparisons.Any(c => c.NoVerdict);

    /// <summary>Count of benchmarks with the given time verdict.</summary>
    public int Count(TimeVerdict verdict) => Comparisons.Count(c => c.Verdict == verdict);
}
