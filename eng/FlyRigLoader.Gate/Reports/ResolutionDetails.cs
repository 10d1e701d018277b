using System.Globalization;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// How fine a comparison could see (<c>regression_analysis.details.resolution</c>): the wire form of a
/// <c>Regression.ResolutionSummary</c>. Relative slowdowns (0.25 = +25 %).
/// </summary>
public sealed record ResolutionDetails
{
    /// <summary>Benchmarks with a resolution.</summary>
    public int Benchmarks { get; init; }

    /// <summary>Median over them of the smallest REGRESSION; null when time verdicts were capped at SUSPECTED.</summary>
    public double? MedianRegression { get; init; }

    /// <summary>The benchmark with the finest REGRESSION resolution.</summary>
    public string? FinestBenchmark { get; init; }

    /// <summary>Its smallest REGRESSION.</summary>
    public double? FinestRegression { get; init; }

    /// <summary>The benchmark with the coarsest REGRESSION resolution.</summary>
    public string? CoarsestBenchmark { get; init; }

    /// <summary>Its smallest REGRESSION.</summary>
    public double? CoarsestRegression { get; init; }

    /// <summary>Benchmarks that would call a +25 % slowdown a REGRESSION.</summary>
    public int RegressionAt25 { get; init; }

    /// <summary>Benchmarks that would flag a +10 % slowdown at least SUSPECTED.</summary>
    public int FlaggedAt10 { get; init; }

    /// <summary>Median over them of the current run's between-launch sd of log medians; null with one launch per case.</summary>
    public double? CurrentLaunchSpread { get; init; }

    /// <summary>The launch agreement a settled run keeps (<c>baseline_max_launch_spread</c>); null when not judged.</summary>
    public double? SettledLimit { get; init; }

    /// <summary>
    /// One sentence for the Markdown summary and the HTML header; <paramref name="sideBySide"/> drops the advice to measure
    /// side by side, which such a comparison already did.
    /// </summary>
    public string Describe(bool sideBySide)
    {
        var head = MedianRegression is { } median && FinestRegression is { } finest && CoarsestRegression is { } coarsest
            ? Inv($"a REGRESSION needs {Pct(median)} (median of {Benchmarks} benchmarks; finest {Pct(finest)} {FinestBenchmark}, coarsest {Pct(coarsest)} {CoarsestBenchmark}); ")
                + Inv($"{RegressionAt25}/{Benchmarks} would call +25% a REGRESSION, {FlaggedAt10}/{Benchmarks} would flag +10% at least SUSPECTED")
            : Inv($"time verdicts are capped at SUSPECTED, so no REGRESSION could be called; {FlaggedAt10}/{Benchmarks} would flag +10% at least SUSPECTED");
        return "Resolution (the smallest slowdowns this comparison could call, from its bands and thresholds): " + head
            + (sideBySide ? "." : "; a smaller slowdown is SUSPECTED at most (NO_CHANGE below the flag level): settle it side by side (--against=<ref>, or --confirm, which re-measures what is flagged).")
            + (sideBySide ? string.Empty : Settledness());
    }

    // Whether the run itself was settled: an unsettled run's own launch spread widens its bands, whatever the baseline.
    private string Settledness() => (CurrentLaunchSpread, SettledLimit) switch
    {
        ({ } spread, { } limit) when spread <= limit => Inv($" This run was settled: its launches agreed by a median sd of log {spread:0.000} (limit {limit:0.00###})."),
        ({ } spread, { } limit) => Inv($" This run was unsettled: its launches disagreed by a median sd of log {spread:0.000} (above {limit:0.00###}), so it ran in the host's bursts; a baseline would refuse it, and a run measured when the host is quiet sees finer."),
        _ => string.Empty,
    };

    /// <summary>A relative slowdown as the sentence writes it (0.253 → +25.3%).</summary>
    public static string Pct(double fraction) => "+" + (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
