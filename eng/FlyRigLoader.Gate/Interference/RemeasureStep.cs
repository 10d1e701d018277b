using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Interference;

/// <summary>
/// Interference is a verdict, not a failure. The cases that would fail the build are assessed with the run's own
/// witnesses; the disturbed ones are measured again through <c>remeasure</c> (the only I/O, injected), and each is then
/// judged on its quiet re-measure launches alone, or stays INCONCLUSIVE. Undisturbed failures keep their verdict.
/// </summary>
internal static class RemeasureStep
{
    /// <summary>Reviews <paramref name="report"/> (built from <paramref name="pooled"/>).</summary>
    /// <param name="report">The run's report as first built (SLA verdicts as measured).</param>
    /// <param name="pooled">The pooled results the report was built from.</param>
    /// <param name="failing">The cases that would fail on time (see <see cref="InterferenceReview.FailingCases"/>).</param>
    /// <param name="thresholds">The interference thresholds.</param>
    /// <param name="remeasure">Runs fresh launches of the named cases' methods; called at most once, only when a failing case was disturbed.</param>
    public static ReviewOutcome Run(
        BenchmarkReport report, IReadOnlyList<BenchmarkResult> pooled, IReadOnlyList<string> failing, InterferenceThresholds thresholds, Func<IReadOnlyList<string>, RemeasureRun> remeasure)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(pooled);
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(remeasure);
        var findings = InterferenceReview.Assess(report, failing, thresholds);
        var targets = RemeasureRule.ToRemeasure(failing, findings);
        if (targets.Count == 0)
        {
            return new ReviewOutcome(pooled, [], [], findings);
        }

        var run = remeasure(targets);
        var cores = report.Environment.Info.Cpu.LogicalCores;
        var loads = run.Launches.Select(l => l.Info.ToLoad(cores)).ToList();
        var suite = InterferenceReview.SuiteSpread(report);
        // The re-measure launches are judged on their own witnesses, never on the run's unsettledness (that would make every
        // re-measurement of an unsettled run INCONCLUSIVE); and an unsettled run's wide spread must not excuse re-measure
        // launches that disagree, so their agreement is then held to the absolute limit alone.
        var reference = InterferenceRule.Unsettled(suite, thresholds) is null ? suite : null;
        // The run's own quiet probe level: a re-measure minutes later on the same machine is quiet when it reads as that did.
        var probe = InterferenceReview.ProbeReference(report);
        var entries = report.AllEntries().ToDictionary(e => e.FullName, StringComparer.Ordinal);
        var results = pooled.ToList();
        var records = new List<RemeasureRecord>();
        foreach (var name in targets)
        {
            var measured = run.Launches
                .Select(l => (Launch: l.Info.Index - 1, Result: l.Cases.FirstOrDefault(c => c.FullName == name)))
                .Where(x => x.Result is { Success: true, SamplesNs.Count: > 0 })
                .Select(x => (x.Launch, Result: x.Result!))
                .ToList();
            var medians = measured.Select(x => (x.Launch, MedianNs: RobustStatistics.Median(x.Result.SamplesNs))).ToList();
            var threadTimes = measured.Where(x => x.Result.LaunchThreadTimes is [{ } t]).ToDictionary(x => x.Launch, x => x.Result.LaunchThreadTimes![0]!);
            var again = measured.Count == 0 ? null : InterferenceRule.Assess(name, medians, loads, reference, thresholds, threadTimes, probe);
            var decision = RemeasureRule.Decide(findings[name], again, run.Problem ?? (measured.Count == 0 ? "no re-measure launch measured it" : null));
            var judged = decision.Outcome == RemeasureOutcome.UseQuietLaunches;
            if (judged)
            {
                var quiet = measured.Where(x => decision.Launches.Contains(x.Launch)).Select(x => (IReadOnlyList<BenchmarkResult>)[x.Result]).ToList();
                var index = results.FindIndex(r => r.FullName == name);
                var rebuilt = LaunchPooling.Pool(quiet).Single();
                if (index >= 0)
                {
                    results[index] = rebuilt;
                }
            }

            records.Add(new RemeasureRecord(
                name, decision.Reason, run.Launches.Select(l => l.Info.Index).ToList(), judged ? decision.Launches.Select(i => i + 1).ToList() : [],
                judged ? RemeasureRecord.JudgedOnRemeasure : RemeasureRecord.Inconclusive,
                entries.TryGetValue(name, out var entry) ? entry.LaunchMediansNs ?? [] : [], medians.Select(m => m.MedianNs).ToList()));
        }

        return new ReviewOutcome(results, records, run.Launches.Select(l => l.Info).ToList(), findings);
    }
}
