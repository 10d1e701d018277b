using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Interference;

/// <summary>
/// Interference is a verdict, not a failure. The cases that would fail the build (and, in an unsettled run, the
/// slowdowns it left unsure: <see cref="InterferenceReview.HiddenCases"/>) are assessed with the run's own witnesses;
/// the disturbed ones are measured again through <c>remeasure</c> (the only I/O, injected), and each is then judged on
/// its quiet re-measure launches alone, measured in a further round when every re-measure launch was disturbed too (up
/// to <c>rounds</c>), or stays INCONCLUSIVE. Undisturbed failures keep their verdict.
/// </summary>
internal static class RemeasureStep
{
    /// <summary>Reviews <paramref name="report"/> (built from <paramref name="pooled"/>).</summary>
    /// <param name="report">The run's report as first built (SLA verdicts as measured).</param>
    /// <param name="pooled">The pooled results the report was built from.</param>
    /// <param name="failing">The cases that would fail on time (see <see cref="InterferenceReview.FailingCases"/>); decided with <paramref name="hidden"/>.</param>
    /// <param name="thresholds">The interference thresholds.</param>
    /// <param name="remeasure">Runs fresh launches of the named cases' methods; called once per round, only when a case to decide was disturbed.</param>
    /// <param name="rounds">Rounds of re-measuring in all (at least 1): a case whose every launch in a round was disturbed goes to the next.</param>
    /// <param name="hidden">The slowdowns only an unsettled run left SUSPECTED (<see cref="InterferenceReview.HiddenCases"/>): decided like failing cases, but still disturbed after the last round they keep their first measurement (<see cref="RemeasureRecord.KeptAsMeasured"/>).</param>
    public static ReviewOutcome Run(
        BenchmarkReport report, IReadOnlyList<BenchmarkResult> pooled, IReadOnlyList<string> failing, InterferenceThresholds thresholds, Func<IReadOnlyList<string>, RemeasureRun> remeasure,
        int rounds = 1, IReadOnlyCollection<string>? hidden = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(pooled);
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(remeasure);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var cases = failing.Concat(hidden ?? []).Distinct(StringComparer.Ordinal).ToList();
        var findings = InterferenceReview.Assess(report, cases, thresholds);
        var pending = RemeasureRule.ToRemeasure(cases, findings);
        if (pending.Count == 0)
        {
            return new ReviewOutcome(pooled, [], [], findings);
        }

        var cores = report.Environment.Info.Cpu.LogicalCores;
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
        var launches = new List<RemeasureLaunch>();
        var earlier = new Dictionary<string, List<(InterferenceFinding Finding, List<int> Launches, List<double> MediansNs)>>(StringComparer.Ordinal);
        for (var round = 1; pending.Count > 0; round++)
        {
            var run = remeasure(pending);
            launches.AddRange(run.Launches);
            var loads = run.Launches.Select(l => l.Info.ToLoad(cores)).ToList();
            var next = new List<string>();
            foreach (var name in pending)
            {
                var measured = run.Launches
                    .Select(l => (Launch: l.Info.Index - 1, Result: l.Cases.FirstOrDefault(c => c.FullName == name)))
                    .Where(x => x.Result is { Success: true, SamplesNs.Count: > 0 })
                    .Select(x => (x.Launch, Result: x.Result!))
                    .ToList();
                var medians = measured.Select(x => (x.Launch, MedianNs: RobustStatistics.Median(x.Result.SamplesNs))).ToList();
                var threadTimes = measured.Where(x => x.Result.LaunchThreadTimes is [{ } t]).ToDictionary(x => x.Launch, x => x.Result.LaunchThreadTimes![0]!);
                var again = measured.Count == 0 ? null : InterferenceRule.Assess(name, medians, loads, reference, thresholds, threadTimes, probe);
                var before = earlier.TryGetValue(name, out var e) ? e : [];
                var decision = RemeasureRule.Decide(
                    findings[name], again, run.Problem ?? (measured.Count == 0 ? "no re-measure launch measured it" : null), before.Select(b => b.Finding).ToList());
                var ran = before.SelectMany(b => b.Launches).Concat(run.Launches.Select(l => l.Info.Index)).ToList();
                var read = before.SelectMany(b => b.MediansNs).Concat(medians.Select(m => m.MedianNs)).ToList();
                if (round < rounds && run.Problem is null && RemeasureRule.Persisted(decision, again))
                {
                    earlier[name] = [.. before, (again!, run.Launches.Select(l => l.Info.Index).ToList(), medians.Select(m => m.MedianNs).ToList())];
                    next.Add(name);
                    continue;
                }

                var judged = decision.Outcome == RemeasureOutcome.UseQuietLaunches;
                var kept = !judged && hidden is not null && hidden.Contains(name);
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
                    name, kept ? decision.Reason + "; it keeps its first measurement, whose SUSPECTED cannot fail the build" : decision.Reason,
                    ran, judged ? decision.Launches.Select(i => i + 1).ToList() : [],
                    judged ? RemeasureRecord.JudgedOnRemeasure : kept ? RemeasureRecord.KeptAsMeasured : RemeasureRecord.Inconclusive,
                    entries.TryGetValue(name, out var entry) ? entry.LaunchMediansNs ?? [] : [], read));
            }

            pending = next;
        }

        return new ReviewOutcome(results, records, launches.Select(l => l.Info).ToList(), findings);
    }
}
