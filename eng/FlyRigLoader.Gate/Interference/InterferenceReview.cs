using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Interference;

/// <summary>
/// Reads a run report with the interference rule (pure): which cases would fail the build (and which slowdowns an
/// unsettled run left unsure), whether their measurement was disturbed, and, for a report that can no longer be
/// re-measured, which cases' failing time verdicts are INCONCLUSIVE.
/// </summary>
internal static class InterferenceReview
{
    /// <summary>The printed verdict a time regression carries in the regression details.</summary>
    private const string Regression = "REGRESSION";

    /// <summary>The printed verdict of a time slowdown the gate is unsure of.</summary>
    private const string Suspected = "SUSPECTED";

    /// <summary>
    /// The cases that would fail the build on time: a time SLA FAIL in the report, or a time REGRESSION in
    /// <paramref name="firstLook"/> (the regression gate's verdicts as measured). Allocation verdicts are not
    /// interference: bytes per operation do not depend on a neighbour. Nor is a failure so far past its bar
    /// (<see cref="InterferenceThresholds.BeyondInterference"/>) that no neighbour explains it: it fails as measured.
    /// </summary>
    public static IReadOnlyList<string> FailingCases(BenchmarkReport report, RegressionDetails? firstLook, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(thresholds);
        var sla = report.AllEntries()
            .Where(e => e.SlaValidation.Any(v => v is { Status: SlaStatus.Fail, Metric: SlaUnits.Time } && !InterferenceRule.BeyondInterference(v.Observed, v.Limit, thresholds)))
            .Select(e => e.FullName);
        var regressions = (firstLook?.Benchmarks ?? [])
            .Where(b => b.Verdict == Regression && b.FullName is not null && !InterferenceRule.BeyondInterference(b.RatioCi is [var lower, ..] ? lower : b.Ratio, 1.0, thresholds))
            .Select(b => b.FullName!);
        return sla.Concat(regressions).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The time SUSPECTED cases of an unsettled run whose ratio reached their fail threshold
    /// (<paramref name="failThreshold"/> of the case's name and category): slow enough to fail, and left unsure only by a
    /// band that the run's own disagreement widened. Interference can hide a regression as well as fake one, so these are
    /// measured again like failing cases and judged on their quiet re-measure launches. A settled run's SUSPECTED stands:
    /// its band is the baseline's, not the host's bursts.
    /// </summary>
    public static IReadOnlyList<string> HiddenCases(BenchmarkReport report, RegressionDetails? firstLook, InterferenceThresholds thresholds, Func<string, string?, double> failThreshold)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(failThreshold);
        // A first look capped at SUSPECTED by a suite drift the calibration did not follow caps the final look alike:
        // measuring again could not change such a verdict.
        if (firstLook is null || firstLook.Drift is { CappedAtSuspected: true } || InterferenceRule.Unsettled(SuiteSpread(report), thresholds) is null)
        {
            return [];
        }

        return firstLook.Benchmarks
            .Where(b => b is { Verdict: Suspected, FullName: not null, Ratio: { } ratio } && ratio - 1 >= failThreshold(b.FullName, b.Category))
            .Select(b => b.FullName!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The finding of each named case that the report holds with launch medians.</summary>
    public static IReadOnlyDictionary<string, InterferenceFinding> Assess(BenchmarkReport report, IEnumerable<string> names, InterferenceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(thresholds);
        var entries = report.AllEntries().GroupBy(e => e.FullName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var loads = Loads(report);
        var suite = SuiteSpread(report);
        var probe = ProbeReference(report);
        var unsettled = InterferenceRule.Unsettled(suite, thresholds);
        var findings = new Dictionary<string, InterferenceFinding>(StringComparer.Ordinal);
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (entries.TryGetValue(name, out var entry))
            {
                findings[name] = InterferenceRule.Assess(name, CaseLaunches(entry), loads, suite, thresholds, ThreadTimes(entry), probe, unsettled);
            }
        }

        return findings;
    }

    /// <summary>
    /// For judging a report that cannot be measured again (CheckRegression on a saved report, or the final look of a run
    /// after its re-measurement): every case whose failing time verdict must be INCONCLUSIVE, with the reason. A case the
    /// run already re-measured carries its recorded decision; any other disturbed case gets its witnesses and
    /// <paramref name="notRemeasured"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Inconclusive(BenchmarkReport report, InterferenceThresholds thresholds, string notRemeasured)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(notRemeasured);
        var records = (report.Remeasured ?? []).ToDictionary(r => r.FullName, StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        // A kept measurement is still a disturbed one: if a later look called it a REGRESSION, that is INCONCLUSIVE too.
        foreach (var (name, record) in records.Where(r => r.Value.Outcome is RemeasureRecord.Inconclusive or RemeasureRecord.KeptAsMeasured))
        {
            result[name] = record.Reason;
        }

        var others = report.AllEntries().Select(e => e.FullName).Where(n => !records.ContainsKey(n));
        foreach (var (name, finding) in Assess(report, others, thresholds).Where(f => f.Value.Disturbed))
        {
            result[name] = "measured under interference (" + string.Join("; ", finding.Reasons) + "); " + notRemeasured;
        }

        return result;
    }

    /// <summary>The load of every launch in the report (re-measure launches included), as the rule reads it.</summary>
    public static IReadOnlyList<LaunchLoad> Loads(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cores = report.Environment.Info.Cpu.LogicalCores;
        return (report.BenchmarkSuite.Launches ?? []).Select(l => l.ToLoad(cores)).ToList();
    }

    /// <summary>
    /// Median over the cases measured in the run's own launches of their launch spread (null with one launch): the run's
    /// <see cref="Baselines.MeasuredRun.LaunchSpread"/>, the one number UpdateBaseline and the resolution sentence read too.
    /// </summary>
    public static double? SuiteSpread(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportRunReader.FromReport(report).Run.LaunchSpread;
    }

    /// <summary>The run's quiet memory-probe reading over the cases measured in its own launches (<see cref="InterferenceRule.ProbeReference"/>).</summary>
    public static double? ProbeReference(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return InterferenceRule.ProbeReference(report.AllEntries().Where(e => e.LaunchIndices is null)
            .SelectMany(e => e.LaunchThreadTimes ?? []).Select(t => t?.MemoryProbeMs).OfType<double>());
    }

    /// <summary>A case's thread time by launch (0-based index, as <see cref="CaseLaunches"/>), for the launches that recorded one.</summary>
    public static IReadOnlyDictionary<int, ThreadTimeUse> ThreadTimes(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var launches = CaseLaunches(entry);
        return (entry.LaunchThreadTimes ?? [])
            .Select((t, i) => (Time: t, Launch: i < launches.Count ? launches[i].Launch : -1))
            .Where(x => x.Time is not null && x.Launch >= 0)
            .ToDictionary(x => x.Launch, x => x.Time!);
    }

    /// <summary>A case's launches (0-based index) with its median in each: its own launch indices, else positional.</summary>
    public static IReadOnlyList<(int Launch, double MedianNs)> CaseLaunches(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var medians = entry.LaunchMediansNs ?? [];
        return medians.Select((m, i) => (entry.LaunchIndices is { } indices && i < indices.Count ? indices[i] - 1 : i, m)).ToList();
    }
}
