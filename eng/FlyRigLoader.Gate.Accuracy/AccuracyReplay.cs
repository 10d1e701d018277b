using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Interference;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Accuracy;

/// <summary>
/// Replays recorded accuracy trials through <see cref="RegressionAnalyzer"/> so verdict-rule variants can be scored on
/// real data without running a benchmark: each trial is judged against the baseline it was judged against when it ran.
/// </summary>
internal static class AccuracyReplay
{
    /// <summary>
    /// The run reports and the baseline of a set, read once (I/O edge): each trial's run as the rule reads it, and its
    /// report, which the interference review reads.
    /// </summary>
    /// <exception cref="GateInputException">A report or the baseline is missing or malformed.</exception>
    public static (LoadedBaseline Baseline, IReadOnlyDictionary<string, MeasuredRun> Runs, IReadOnlyDictionary<string, BenchmarkReport> Reports) Load(ReplaySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var reports = set.Trials.Select(t => t.RunId).Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => Read(set, id), StringComparer.Ordinal);
        var runs = reports.ToDictionary(r => r.Key, r => ReportRunReader.FromReport(r.Value).Run, StringComparer.Ordinal);
        var first = runs.Values.FirstOrDefault() ?? throw new GateInputException(set.ReportsDirectory, $"set {set.Name} has no trial");
        if (set.BaselineReports is { Count: > 0 } ids)
        {
            var accepted = ids.Select(id => ReportRunReader.FromReport(Read(set, id)).Run).ToList();
            var file = RunPooling.AsBaseline(accepted, accepted[0].Fingerprint ?? "unknown");
            return (new LoadedBaseline(file, $"reports {string.Join(", ", ids)}", true), runs, reports);
        }

        var baseline = RegressionCheck.LoadBaseline(set.Baseline, first) ?? throw new GateInputException(set.Baseline ?? set.Name, $"no baseline for set {set.Name}");
        return (baseline, runs, reports);
    }

    private static BenchmarkReport Read(ReplaySet set, string runId)
    {
        var path = Path.Combine(set.ReportsDirectory, $"benchmark-report-{runId}.json");
        return File.Exists(path)
            ? BenchmarkReportReader.Read(path)
            : throw new GateInputException(path, $"report of run {runId} ({set.Name}) not found");
    }

    /// <summary>Judges one trial's run against the baseline with <paramref name="config"/> (pure).</summary>
    public static TrialOutcome Replay(ReplayTrial trial, LoadedBaseline baseline, MeasuredRun current, GateConfig config) =>
        Replay(trial, baseline, [current], config);

    /// <summary>
    /// Judges the pooled runs (the trial's run first, then repeats of the same trial kind) as <c>--confirm</c> would judge
    /// its pooled re-runs: same samples pooled, the between-run band scaled for the number of pooled processes (pure).
    /// </summary>
    /// <param name="trial">The trial.</param>
    /// <param name="baseline">The baseline it was judged against.</param>
    /// <param name="runs">Its run, then the repeats pooled with it.</param>
    /// <param name="config">The rule variant.</param>
    /// <param name="inconclusive">
    /// As CheckRegression judges a saved report: the cases whose failing time verdicts the interference review makes
    /// INCONCLUSIVE (<see cref="InterferenceReview.Inconclusive"/> of the trial's report); null: judged as measured.
    /// </param>
    public static TrialOutcome Replay(
        ReplayTrial trial, LoadedBaseline baseline, IReadOnlyList<MeasuredRun> runs, GateConfig config, IReadOnlyDictionary<string, string>? inconclusive = null)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(config);
        if (runs.Count == 0)
        {
            throw new ArgumentException("at least one run is needed", nameof(runs));
        }

        var (current, counts) = runs.Count == 1 ? (runs[0], null) : RunPooling.Pool(runs[0], runs.Skip(1).ToList());
        var input = new ComparisonInput(baseline.File.Histories(), current.Benchmarks, baseline.File.CalibrationNs, current.CalibrationNs, baseline.FingerprintMatches, counts);
        var analysis = InterferedVerdicts.Apply(RegressionAnalyzer.Analyze(input, config), inconclusive, config.Interference);
        var target = trial.Target is { } t ? analysis.Comparisons.FirstOrDefault(c => MatchesTarget(t, LogName(c.FullName))) : null;
        return new TrialOutcome(
            trial,
            analysis.Comparisons.Where(c => c.Verdict == TimeVerdict.Regression).Select(c => LogName(c.FullName)).ToList(),
            analysis.Comparisons.Where(c => c.Verdict == TimeVerdict.Suspected).Select(c => LogName(c.FullName)).ToList(),
            analysis.Comparisons.Where(c => c.AllocationVerdict == AllocationVerdict.Regression).Select(c => LogName(c.FullName)).ToList(),
            target?.Ratio, analysis.Drift.Note, target?.Reason, target?.Resolution, ResolutionSummary.Of(analysis.Comparisons),
            analysis.Comparisons.Where(c => c.Verdict == TimeVerdict.Inconclusive).Select(c => LogName(c.FullName)).ToList());
    }

    /// <summary>Counts the outcomes against the accuracy bar (pure).</summary>
    public static AccuracyScore Score(IReadOnlyList<TrialOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        List<TrialOutcome> Of(TrialKind kind) => outcomes.Where(o => o.Trial.Kind == kind).ToList();
        var aa = Of(TrialKind.AA);
        var burner = Of(TrialKind.Burner);
        var alloc = Of(TrialKind.Alloc);
        var injects = Of(TrialKind.Inject)
            .GroupBy(o => (Factor: o.Trial.Factor ?? 1.0, o.Trial.Concurrent))
            .OrderByDescending(g => g.Key.Factor).ThenBy(g => g.Key.Concurrent)
            .Select(g => new InjectScore(
                g.Key.Factor, g.Key.Concurrent, g.Count(), g.Count(o => o.TargetRegressed && !o.OtherRegressed), g.Count(o => o.TargetFlagged), g.Count(o => o.OtherRegressed)))
            .ToList();
        var logged = outcomes.Where(o => o.ReproducesLog is not null).ToList();
        return new AccuracyScore(
            aa.Count, aa.Count(o => o.Regression.Count > 0), aa.Count(o => o.Allocation.Count > 0),
            burner.Count, burner.Count(o => o.Regression.Count > 0), injects,
            alloc.Count, alloc.Count(o => o.AllocationOnTargetOnly), alloc.Count(o => o.Regression.Count > 0),
            outcomes.Count - alloc.Count, outcomes.Count(o => o.Trial.Kind != TrialKind.Alloc && o.Allocation.Count > 0), aa.Count(o => o.Suspected.Count > 0),
            logged.Count, logged.Count(o => o.ReproducesLog == true));
    }

    /// <summary>A full name as the accuracy scripts log it: spaces and JSON escapes removed.</summary>
    public static string LogName(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        return fullName.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Whether a logged name matches a trial's target glob (the glob's spaces ignored like the name's).</summary>
    public static bool MatchesTarget(string glob, string logName)
    {
        ArgumentNullException.ThrowIfNull(glob);
        return Glob.IsMatch(LogName(glob), logName);
    }
}
