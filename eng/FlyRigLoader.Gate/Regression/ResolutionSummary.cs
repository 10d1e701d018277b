using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// How fine a whole comparison could see, over the benchmarks that got a resolution: the typical and the extreme
/// smallest REGRESSION, and how many benchmarks would have called the two reference slowdowns.
/// </summary>
/// <param name="Benchmarks">Benchmarks with a resolution (a feasible test against a baseline that could judge them).</param>
/// <param name="MedianRegression">Median over them of the smallest REGRESSION (relative); null when time verdicts were capped.</param>
/// <param name="Finest">The benchmark with the smallest REGRESSION resolution and that resolution; null when capped.</param>
/// <param name="Coarsest">The benchmark with the largest REGRESSION resolution and that resolution; null when capped.</param>
/// <param name="RegressionAt25">Benchmarks that would call a +25 % slowdown a REGRESSION.</param>
/// <param name="FlaggedAt10">Benchmarks that would flag a +10 % slowdown at least SUSPECTED.</param>
internal sealed record ResolutionSummary(
    int Benchmarks, double? MedianRegression, (string Name, double Regression)? Finest, (string Name, double Regression)? Coarsest, int RegressionAt25, int FlaggedAt10)
{
    /// <summary>The summary of <paramref name="comparisons"/>, or null when none has a resolution.</summary>
    public static ResolutionSummary? Of(IEnumerable<BenchmarkComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var resolved = comparisons.Where(c => c.Resolution is not null && !c.Informational).ToList();
        if (resolved.Count == 0)
        {
            return null;
        }

        var regressions = resolved.Where(c => c.Resolution!.Regression is not null)
            .Select(c => (Name: c.FullName, Regression: c.Resolution!.Regression!.Value))
            .OrderBy(x => x.Regression).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        return new ResolutionSummary(
            resolved.Count,
            regressions.Count > 0 ? RobustStatistics.Median(regressions.Select(x => x.Regression).ToList()) : null,
            regressions.Count > 0 ? regressions[0] : null,
            regressions.Count > 0 ? regressions[^1] : null,
            regressions.Count(x => x.Regression <= 0.25),
            resolved.Count(c => c.Resolution!.Flagged <= 0.10));
    }

    /// <summary>
    /// This summary as the report stores it, with whether the run was settled: <paramref name="currentLaunchSpread"/> is
    /// how far its own launches agreed (<see cref="RegressionAnalysis.CurrentLaunchSpread"/>; null: unknown) and
    /// <paramref name="settledLimit"/> the rule's <c>baseline_max_launch_spread</c> (0: not judged).
    /// </summary>
    public ResolutionDetails Details(double settledLimit = 0, double? currentLaunchSpread = null) => new()
    {
        CurrentLaunchSpread = currentLaunchSpread, SettledLimit = settledLimit > 0 ? settledLimit : null,
        Benchmarks = Benchmarks, MedianRegression = MedianRegression,
        FinestBenchmark = Finest?.Name, FinestRegression = Finest?.Regression, CoarsestBenchmark = Coarsest?.Name, CoarsestRegression = Coarsest?.Regression,
        RegressionAt25 = RegressionAt25, FlaggedAt10 = FlaggedAt10,
    };
}
