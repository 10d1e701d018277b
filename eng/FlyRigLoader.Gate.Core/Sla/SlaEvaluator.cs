using System.Globalization;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Sla;

/// <summary>
/// Applies the registry to measured cases. Time SLAs need both of the suite guide's assertions: the upper bound of the
/// interval of the mean (95 % Student t unless gate-config.json's report intervals say otherwise) within threshold × 1.05 (the seed's ±5 % measurement tolerance) and the mean itself
/// below the threshold (normalized ones: each × the speed factor), so a mean just over the threshold does not pass on a
/// tight interval; allocation SLAs compare the exact bytes per
/// operation with the threshold, since allocation is measured without noise; process-memory SLAs (peak working set,
/// working-set growth) compare the worst launch's figure with the threshold, as the suite guide's assertions do.
/// </summary>
public static class SlaEvaluator
{
    /// <summary>The seed's variance tolerance on time thresholds.</summary>
    public const double TimeTolerance = 1.05;

    /// <summary>Every (SLA, matching case) verdict, in registry order then case order.</summary>
    /// <param name="registry">The SLA registry.</param>
    /// <param name="cases">Measured cases with their statistics (null summary for failed cases).</param>
    /// <param name="speedRatio">Calibration ratio (reference time / this machine's time), or null when not calibrated.</param>
    public static IReadOnlyList<SlaVerdict> Evaluate(SlaRegistry registry, IReadOnlyList<(BenchmarkResult Result, SampleSummary? Summary)> cases, double? speedRatio)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(cases);
        var verdicts = new List<SlaVerdict>();
        foreach (var sla in registry.Slas)
        {
            foreach (var (result, summary) in cases.Where(c => sla.Benchmarks.Any(g => Glob.IsMatch(g, c.Result.FullName))))
            {
                verdicts.Add(EvaluateOne(sla, result, summary, speedRatio));
            }
        }

        return verdicts;
    }

    /// <summary>Checks one SLA against one case.</summary>
    public static SlaVerdict EvaluateOne(SlaDefinition sla, BenchmarkResult result, SampleSummary? summary, double? speedRatio)
    {
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(result);
        var unitSize = SlaUnits.For(sla.Metric)![sla.Unit];
        var isTime = sla.Metric == SlaUnits.Time;
        var tolerance = isTime ? TimeTolerance : 1.0;

        double factor = 1;
        if (sla.Scale is { } scale)
        {
            if (!result.ParameterValues.TryGetValue(scale.Parameter, out var raw)
                || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return NoData(sla, result, $"scaled by parameter {scale.Parameter}, which this case does not have as a positive number");
            }

            factor = value / scale.Per;
        }

        var allowed = sla.Threshold * factor;
        double observed;
        double? mean = null;
        if (!result.Success || summary is null)
        {
            return NoData(sla, result, "benchmark failed: " + (result.Error ?? "no measurements"), allowed);
        }

        if (isTime && sla.Normalized)
        {
            if (speedRatio is not { } ratio || !(ratio > 0) || !double.IsFinite(ratio))
            {
                return NoData(sla, result, "judged on the calibration-normalized time, and this run has no calibration (--skip-calibration or a failed probe)", allowed);
            }

            observed = summary.UpperBound / unitSize * ratio;
            mean = summary.Mean / unitSize * ratio;
        }
        else if (isTime)
        {
            observed = summary.UpperBound / unitSize;
            mean = summary.Mean / unitSize;
        }
        else if (sla.Metric == SlaUnits.Allocated)
        {
            if (result.AllocatedBytesPerOp is not { } bytes)
            {
                return NoData(sla, result, "no allocation data (the benchmark class needs [MemoryDiagnoser])", allowed);
            }

            observed = bytes / unitSize;
        }
        else if (result.ProcessMemory is { } memory)
        {
            observed = (sla.Metric == SlaUnits.PeakWorkingSet ? memory.PeakWorkingSetBytes : memory.WorkingSetGrowthBytes) / unitSize;
        }
        else
        {
            return NoData(sla, result, "no process-memory data (the suite's ProcessMemoryDiagnoser recorded none for this case)", allowed);
        }

        var limit = allowed * tolerance;
        var meanPass = mean is not { } m || m < allowed;
        var pass = observed <= limit && meanPass;
        double? normalized = sla.Normalized ? observed : isTime && speedRatio is { } r ? observed * r : null;
        var what = sla.Metric switch
        {
            SlaUnits.Time when sla.Normalized => "normalized " + summary.UpperBoundName + " (x speed factor " + speedRatio!.Value.ToString("0.000", CultureInfo.InvariantCulture) + ")",
            SlaUnits.Time => summary.UpperBoundName,
            SlaUnits.Allocated => "allocated per op",
            SlaUnits.PeakWorkingSet => "peak working set",
            _ => "working-set growth",
        };
        var detail = string.Create(CultureInfo.InvariantCulture, $"{what} {observed:G4} {sla.Unit} {(observed <= limit ? "<=" : ">")} limit {limit:G4} {sla.Unit} (threshold {allowed:G4}{(isTime ? " x 1.05" : "")})");
        if (!meanPass)
        {
            detail += string.Create(CultureInfo.InvariantCulture, $"; {(sla.Normalized ? "normalized " : "")}mean {mean:G4} {sla.Unit} >= threshold {allowed:G4} {sla.Unit} (the suite guide's mean < threshold)");
        }

        // The guide's margin is measured from the mean (threshold − mean); ours from the value the CI rule judges.
        return new SlaVerdict(sla.Id, sla.Description, result.FullName, sla.Metric, sla.Unit, sla.Threshold, allowed, limit, observed, normalized,
            pass ? SlaStatus.Pass : SlaStatus.Fail, allowed - observed, detail, allowed - (mean ?? observed));
    }

    private static SlaVerdict NoData(SlaDefinition sla, BenchmarkResult result, string detail, double? allowed = null) =>
        new(sla.Id, sla.Description, result.FullName, sla.Metric, sla.Unit, sla.Threshold, allowed,
            allowed * (sla.Metric == SlaUnits.Time ? TimeTolerance : 1.0), null, null, SlaStatus.NoData, null, detail);
}
