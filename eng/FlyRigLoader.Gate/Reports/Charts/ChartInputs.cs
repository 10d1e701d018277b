using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Everything the charts are planned from, already read from disk.</summary>
/// <param name="Report">This run's report.</param>
/// <param name="Baseline">The baseline compared against (only with a baseline comparison), or null.</param>
/// <param name="BaselinePath">Its file, or null.</param>
/// <param name="History">Past runs of the same fingerprint (baseline runs and archived reports), oldest first; empty without a comparison.</param>
/// <param name="Leak">The leak-check samples, or null when it did not run.</param>
/// <param name="BaselineIncomparableReason">Why the baseline cannot judge this run (other fingerprint or job), or null.</param>
internal sealed record ChartInputs(BenchmarkReport Report, BaselineFile? Baseline, string? BaselinePath, IReadOnlyList<HistoryRun> History, LeakCheckResult? Leak, string? BaselineIncomparableReason = null)
{
    /// <summary>True when the comparison and trend sections apply: a regression analysis with per-benchmark rows.</summary>
    public bool HasComparison => Report.RegressionAnalysis is not null && ComparisonRows.From(Report.RegressionAnalysis).Count > 0;
}
