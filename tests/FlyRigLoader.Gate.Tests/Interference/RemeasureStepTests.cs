using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Interference;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Tests.Reports;

namespace FlyRigLoader.Gate.Tests.Interference;

/// <summary>
/// The decision flow on synthetic runs: the fixture cases in three launches, the second 5000× slower (so the 1 MB pickle
/// load fails its SLA), with a neighbour, a moved calibration or a quiet machine in the launches' records; the
/// re-measurement is a stand-in returning fresh launches of the fixture.
/// </summary>
public sealed class RemeasureStepTests
{
    private const string Failing = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 1)";
    private static readonly InterferenceThresholds Defaults = new();

    /// <summary>The run's inputs with each launch's foreign CPU seconds (30.5 s wall each) and calibration shift.</summary>
    private static ReportInputs Run(double[] foreign, double? shift = null)
    {
        var inputs = ReportSamples.LaunchedInputs(1, 5000, 1);
        var launches = inputs.LaunchRuns!.Select((l, i) => l with { WallSeconds = 30, ForeignCpuSeconds = foreign[i], StealSeconds = 0, CalibrationShift = shift }).ToList();
        return inputs with { LaunchRuns = launches, Interference = Defaults };
    }

    /// <summary>Re-measure launches 4 and 5 of the named cases' methods, measuring the fixture as it is, with these foreign CPU seconds.</summary>
    private static Func<IReadOnlyList<string>, RemeasureRun> Remeasure(double[] foreign, List<IReadOnlyList<string>>? calls = null, double? shift = null) => names =>
    {
        calls?.Add(names);
        var fresh = ReportSamples.Inputs(includeFailure: false).Results;
        var methods = names.Select(n => n[..n.IndexOf('(', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var cases = fresh.Where(r => methods.Any(m => r.FullName.StartsWith(m, StringComparison.Ordinal))).ToList();
        return new RemeasureRun(foreign.Select((f, i) => new RemeasureLaunch(new LaunchInfo(4 + i, 30, 29, 0, false, 5, i == 0, cases.Count, f, 0, null, null, null, shift, Remeasure: true), cases)).ToList());
    };

    /// <summary>Re-measure rounds, one array of foreign CPU seconds per round, their launches numbered on from 4 as the run numbers them.</summary>
    private static Func<IReadOnlyList<string>, RemeasureRun> Rounds(List<IReadOnlyList<string>> calls, params double[][] rounds)
    {
        var next = 4;
        return names =>
        {
            var run = Remeasure(rounds[calls.Count])(names);
            calls.Add(names);
            return run with { Launches = run.Launches.Select(l => l with { Info = l.Info with { Index = next++ } }).ToList() };
        };
    }

    private static (BenchmarkReport Report, ReviewOutcome Outcome) Review(ReportInputs inputs, Func<IReadOnlyList<string>, RemeasureRun> remeasure, int regressionExit = 0, int rounds = 1)
    {
        var first = ReportBuilder.Build(inputs);
        var failing = InterferenceReview.FailingCases(first, null, new InterferenceThresholds());
        var outcome = RemeasureStep.Run(first, inputs.Results, failing, Defaults, remeasure, rounds);
        var final = ReportBuilder.Build(inputs with
        {
            Results = outcome.Results, Remeasured = outcome.Records, LaunchRuns = [.. inputs.LaunchRuns!, .. outcome.Launches], RegressionExitCode = regressionExit,
        });
        return (final, outcome);
    }

    private static SlaVerdict Sla(BenchmarkReport report, string name) => report.AllEntries().Single(e => e.FullName == name).SlaValidation.Single();

    [Fact]
    public void The_synthetic_run_fails_one_sla_as_measured()
    {
        var report = ReportBuilder.Build(Run([0.3, 27, 0.3]));

        Assert.Equal([Failing], InterferenceReview.FailingCases(report, null, new InterferenceThresholds()));
        Assert.Equal(ExitCodes.GateFailed, report.Summary.ExitCode);
    }

    [Fact]
    public void A_failing_sla_under_a_busy_launch_that_is_quiet_when_measured_again_is_judged_on_the_re_measurement_and_passes()
    {
        var calls = new List<IReadOnlyList<string>>();

        var (report, outcome) = Review(Run([0.3, 27, 0.3]), Remeasure([0.3, 0.3], calls));

        Assert.Equal([Failing], Assert.Single(calls));
        var record = Assert.Single(outcome.Records);
        Assert.Equal(RemeasureRecord.JudgedOnRemeasure, record.Outcome);
        Assert.Equal([4, 5], record.Launches);
        Assert.Equal([4, 5], record.JudgedOn);
        Assert.Contains("launch 2: other processes kept 0.90 of 2 cores busy (limit 0.25)", record.Reason, StringComparison.Ordinal);
        Assert.Contains("judged on the re-measurement, which was quiet", record.Reason, StringComparison.Ordinal);
        Assert.Equal(3, record.FirstLaunchMediansNs.Count);
        Assert.Equal(SlaStatus.Pass, Sla(report, Failing).Status);
        var entry = report.AllEntries().Single(e => e.FullName == Failing);
        Assert.Equal([4, 5], entry.LaunchIndices);
        Assert.Equal(2, entry.LaunchMediansNs!.Count);
        var facts = LaunchFacts.Of(report);
        Assert.Equal(entry.LaunchMediansNs[0], facts[3].CaseMediansNs[Failing]);
        Assert.DoesNotContain(Failing, facts[1].CaseMediansNs.Keys);
        Assert.Equal(ExitCodes.Ok, report.Summary.ExitCode);
        Assert.Equal(5, report.BenchmarkSuite.Launches!.Count);
        Assert.Equal([false, false, false, true, true], report.BenchmarkSuite.Launches.Select(l => l.Remeasure));
        Assert.Contains("launch 2 disturbed", report.BenchmarkSuite.MachineNote, StringComparison.Ordinal);
        // The run's launch agreement is one number, over its own launches: the review's, UpdateBaseline's, the resolution's.
        var run = Gate.Regression.ReportRunReader.FromReport(report).Run;
        Assert.True(run.Benchmarks.Single(b => b.FullName == Failing).Remeasured);
        Assert.Contains(run.LaunchSpread!.Value.ToString("0.000", CultureInfo.InvariantCulture), report.BenchmarkSuite.MachineNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_case_that_stays_disturbed_is_inconclusive_with_both_witnesses_and_exits_3()
    {
        var (report, outcome) = Review(Run([0.3, 27, 0.3]), Remeasure([25, 26]));

        var record = Assert.Single(outcome.Records);
        Assert.Equal(RemeasureRecord.Inconclusive, record.Outcome);
        Assert.Empty(record.JudgedOn);
        Assert.Contains("launch 2: other processes kept 0.90 of 2 cores busy", record.Reason, StringComparison.Ordinal);
        Assert.Contains("interference persisted when measured again (launch 4: other processes kept 0.83 of 2 cores busy (limit 0.25); launch 5: other processes kept 0.87", record.Reason, StringComparison.Ordinal);
        var sla = Sla(report, Failing);
        Assert.Equal(SlaStatus.Inconclusive, sla.Status);
        Assert.Contains("; INCONCLUSIVE: first measurement disturbed", sla.Detail, StringComparison.Ordinal);
        Assert.Equal(1, report.Summary.SlaInconclusive);
        Assert.Equal(0, report.Summary.SlaFailed);
        Assert.Equal(ExitCodes.NoVerdict, report.Summary.ExitCode);
        // The case keeps its first measurement: nothing is silently replaced.
        Assert.Null(report.AllEntries().Single(e => e.FullName == Failing).LaunchIndices);
    }

    [Fact]
    public void An_undisturbed_failing_case_fails_as_before_without_being_measured_again()
    {
        // A settled run: the failing case is 2000x slower in all three launches (2.5x its limit), every other case as measured.
        var inputs = ReportSamples.LaunchedInputs(1, 1, 1);
        var slow = Core.Statistics.LaunchPooling.Pool(
            [.. Enumerable.Range(0, 3).Select(_ => (IReadOnlyList<BenchmarkResult>)ReportSamples.Inputs(includeFailure: false).Results
                .Select(r => r.FullName == Failing ? r with { SamplesNs = r.SamplesNs.Select(x => x * 2000).ToList() } : r).ToList())]);
        inputs = inputs with { Results = slow, LaunchRuns = inputs.LaunchRuns!.Select(l => l with { WallSeconds = 30, ForeignCpuSeconds = 0.3, StealSeconds = 0 }).ToList(), Interference = Defaults };

        var (report, outcome) = Review(inputs, _ => throw new InvalidOperationException("must not re-measure"));

        Assert.Empty(outcome.Records);
        Assert.False(outcome.Findings[Failing].Disturbed);
        Assert.Equal(SlaStatus.Fail, Sla(report, Failing).Status);
        Assert.Equal(ExitCodes.GateFailed, report.Summary.ExitCode);
    }

    [Fact]
    public void A_failing_case_of_an_unsettled_run_is_measured_again_though_no_launch_of_it_had_a_witness_and_a_quiet_re_measurement_decides()
    {
        // No neighbour, no steal: only every case's second launch 5000x slower, so the run is unsettled.
        var (report, outcome) = Review(Run([0.3, 0.3, 0.3]), Remeasure([0.3, 0.3]));

        var record = Assert.Single(outcome.Records);
        Assert.StartsWith("first measurement disturbed (launches 1, 2, 3: the run was unsettled: its launches disagreed by a median sd of log", record.Reason, StringComparison.Ordinal);
        Assert.EndsWith("judged on the re-measurement, which was quiet", record.Reason, StringComparison.Ordinal);
        Assert.Equal(RemeasureRecord.JudgedOnRemeasure, record.Outcome);
        Assert.Equal(SlaStatus.Pass, Sla(report, Failing).Status);
        Assert.Equal(ExitCodes.Ok, report.Summary.ExitCode);
    }

    [Fact]
    public void Re_measure_launches_of_an_unsettled_run_must_agree_by_themselves_the_runs_wide_spread_excuses_nothing()
    {
        // The re-measure's two launches 1.5x apart (sd of log 0.29 > 0.10); the unsettled run's own spread is far wider.
        Func<IReadOnlyList<string>, RemeasureRun> apart = names =>
        {
            var run = Remeasure([0.3, 0.3])(names);
            return run with
            {
                Launches = run.Launches.Select((l, i) => l with { Cases = l.Cases.Select(c => c with { SamplesNs = c.SamplesNs.Select(x => x * (i == 0 ? 1 : 1.5)).ToList() }).ToList() }).ToList(),
            };
        };

        var (report, outcome) = Review(Run([0.3, 0.3, 0.3]), apart);

        var record = Assert.Single(outcome.Records);
        Assert.Equal(RemeasureRecord.Inconclusive, record.Outcome);
        Assert.Contains("interference persisted when measured again (its launches disagree", record.Reason, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NoVerdict, report.Summary.ExitCode);
    }

    [Fact]
    public void A_regression_elsewhere_beside_an_inconclusive_case_still_exits_1()
    {
        var (report, _) = Review(Run([0.3, 27, 0.3]), Remeasure([25, 26]), regressionExit: ExitCodes.GateFailed);

        Assert.Equal(SlaStatus.Inconclusive, Sla(report, Failing).Status);
        Assert.Equal(ExitCodes.GateFailed, report.Summary.ExitCode);
    }

    [Fact]
    public void A_calibration_that_moved_over_the_run_disturbs_every_launch_and_a_steady_one_after_re_measuring_clears_it()
    {
        var (report, outcome) = Review(Run([0.3, 0.3, 0.3], shift: -0.25), Remeasure([0.3, 0.3], shift: 0.02));

        var record = Assert.Single(outcome.Records);
        Assert.StartsWith("first measurement disturbed (launches 1, 2, 3: the calibration probe ran 25% slower", record.Reason, StringComparison.Ordinal);
        Assert.Equal(RemeasureRecord.JudgedOnRemeasure, record.Outcome);
        Assert.Equal(ExitCodes.Ok, report.Summary.ExitCode);
    }

    [Fact]
    public void A_re_measurement_that_could_not_run_leaves_the_case_inconclusive_and_says_why()
    {
        var (report, outcome) = Review(Run([0.3, 27, 0.3]), _ => new RemeasureRun([], "the --timeout deadline had passed"));

        var record = Assert.Single(outcome.Records);
        Assert.Equal(RemeasureRecord.Inconclusive, record.Outcome);
        Assert.EndsWith("re-measuring was not possible (the --timeout deadline had passed)", record.Reason, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NoVerdict, report.Summary.ExitCode);
    }

    [Fact]
    public void Launches_whose_medians_disagree_far_beyond_the_suite_are_a_witness_without_any_cpu_accounting()
    {
        // Only the failing case's second launch is slow: its launches disagree, the other cases' do not.
        var inputs = ReportSamples.LaunchedInputs(1, 1, 1);
        var slow = Core.Statistics.LaunchPooling.Pool(
            [.. new[] { 1.0, 5000, 1 }.Select(f => (IReadOnlyList<BenchmarkResult>)ReportSamples.Inputs(includeFailure: false).Results
                .Select(r => r.FullName == Failing ? r with { SamplesNs = r.SamplesNs.Select(x => x * f).ToList() } : r).ToList())]);
        inputs = inputs with { Results = slow, LaunchRuns = inputs.LaunchRuns!.Select(l => l with { ForeignCpuSeconds = null }).ToList() };

        var (report, outcome) = Review(inputs, Remeasure([0.3, 0.3]));

        var record = Assert.Single(outcome.Records);
        Assert.Contains("its launches disagree (medians 0.012 ms / 61.736 ms / 0.012 ms", record.Reason, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, report.Summary.ExitCode);
    }

    [Fact]
    public void A_case_whose_every_re_measure_launch_was_disturbed_is_measured_in_a_second_round_and_judged_on_its_quiet_launches()
    {
        var calls = new List<IReadOnlyList<string>>();

        var (report, outcome) = Review(Run([0.3, 27, 0.3]), Rounds(calls, [25, 26], [0.3, 0.3]), rounds: 2);

        Assert.Equal([[Failing], [Failing]], calls);
        var record = Assert.Single(outcome.Records);
        Assert.Equal(RemeasureRecord.JudgedOnRemeasure, record.Outcome);
        Assert.Equal([4, 5, 6, 7], record.Launches);
        Assert.Equal([6, 7], record.JudgedOn);
        Assert.Equal(4, record.RemeasureLaunchMediansNs.Count);
        Assert.Contains("; re-measure round 1 disturbed too (launch 4: other processes kept 0.83 of 2 cores busy (limit 0.25); launch 5:", record.Reason, StringComparison.Ordinal);
        Assert.EndsWith("judged on the re-measurement, which was quiet", record.Reason, StringComparison.Ordinal);
        Assert.Equal(SlaStatus.Pass, Sla(report, Failing).Status);
        Assert.Equal([6, 7], report.AllEntries().Single(e => e.FullName == Failing).LaunchIndices);
        Assert.Equal([false, false, false, true, true, true, true], report.BenchmarkSuite.Launches!.Select(l => l.Remeasure));
        Assert.Equal(ExitCodes.Ok, report.Summary.ExitCode);
    }

    [Fact]
    public void Interference_that_persists_through_every_round_leaves_the_case_inconclusive_naming_each_round()
    {
        var calls = new List<IReadOnlyList<string>>();

        var (report, outcome) = Review(Run([0.3, 27, 0.3]), Rounds(calls, [25, 26], [24, 27]), rounds: 2);

        Assert.Equal(2, calls.Count);
        var record = Assert.Single(outcome.Records);
        Assert.Equal(RemeasureRecord.Inconclusive, record.Outcome);
        Assert.Equal([4, 5, 6, 7], record.Launches);
        Assert.Contains("; re-measure round 1 disturbed too (launch 4:", record.Reason, StringComparison.Ordinal);
        Assert.Contains("; interference persisted when measured again (launch 6: other processes kept 0.80 of 2 cores busy", record.Reason, StringComparison.Ordinal);
        Assert.Equal(SlaStatus.Inconclusive, Sla(report, Failing).Status);
        Assert.Equal(ExitCodes.NoVerdict, report.Summary.ExitCode);
    }

    [Fact]
    public void A_re_measurement_that_could_not_run_is_final_whatever_the_rounds()
    {
        var calls = 0;

        var (_, outcome) = Review(Run([0.3, 27, 0.3]), _ =>
        {
            calls++;
            return new RemeasureRun([], "the --timeout deadline had passed");
        }, rounds: 3);

        Assert.Equal(1, calls);
        Assert.Equal(RemeasureRecord.Inconclusive, Assert.Single(outcome.Records).Outcome);
    }

    [Fact]
    public void A_hidden_slowdown_that_stays_disturbed_keeps_its_first_measurement_and_a_later_regression_there_is_inconclusive()
    {
        const string Hidden = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 4)";
        var inputs = Run([0.3, 27, 0.3]);
        var first = ReportBuilder.Build(inputs);

        var outcome = RemeasureStep.Run(first, inputs.Results, [Failing, Hidden], Defaults, Remeasure([25, 26]), rounds: 1, hidden: [Hidden]);

        var records = outcome.Records.ToDictionary(r => r.FullName, StringComparer.Ordinal);
        Assert.Equal(RemeasureRecord.Inconclusive, records[Failing].Outcome);
        Assert.Equal(RemeasureRecord.KeptAsMeasured, records[Hidden].Outcome);
        Assert.Empty(records[Hidden].JudgedOn);
        Assert.EndsWith("; it keeps its first measurement, whose SUSPECTED cannot fail the build", records[Hidden].Reason, StringComparison.Ordinal);
        var final = ReportBuilder.Build(inputs with { Results = outcome.Results, Remeasured = outcome.Records, LaunchRuns = [.. inputs.LaunchRuns!, .. outcome.Launches] });
        var kept = final.AllEntries().Single(e => e.FullName == Hidden);
        Assert.Null(kept.LaunchIndices);
        Assert.Equal(first.AllEntries().Single(e => e.FullName == Hidden).LaunchMediansNs, kept.LaunchMediansNs);
        Assert.Equal(records[Hidden].Reason, InterferenceReview.Inconclusive(final, Defaults, "x")[Hidden]);

        var quiet = RemeasureStep.Run(first, inputs.Results, [Failing, Hidden], Defaults, Remeasure([0.3, 0.3]), rounds: 1, hidden: [Hidden]);

        Assert.All(quiet.Records, r => Assert.Equal(RemeasureRecord.JudgedOnRemeasure, r.Outcome));
    }

    [Fact]
    public void A_round_stopped_by_a_failed_launch_is_final_though_rounds_remain()
    {
        var calls = new List<IReadOnlyList<string>>();
        var rounds = Rounds(calls, [25, 26], [24]);
        Func<IReadOnlyList<string>, RemeasureRun> failing = names => calls.Count == 0 ? rounds(names) : rounds(names) with { Problem = "re-measure launch 6 exited with 1" };

        var (report, outcome) = Review(Run([0.3, 27, 0.3]), failing, rounds: 3);

        Assert.Equal(2, calls.Count);
        var record = Assert.Single(outcome.Records);
        Assert.Equal(RemeasureRecord.Inconclusive, record.Outcome);
        Assert.Equal([4, 5, 6], record.Launches);
        Assert.Contains("; interference persisted when measured again (launch 6:", record.Reason, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NoVerdict, report.Summary.ExitCode);
    }
}
