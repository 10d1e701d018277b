using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Interference;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Tests.Reports;

namespace FlyRigLoader.Gate.Tests.Interference;

/// <summary>Reading a run report with the interference rule: what would fail, and what a saved report can no longer clear.</summary>
public sealed class InterferenceReviewTests
{
    private const string Small = "FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadSmall";
    private const string Pickle = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 4)";
    private static readonly InterferenceThresholds Defaults = new();

    private static BenchmarkReport Report(int? busyLaunch, IReadOnlyList<RemeasureRecord>? records = null)
    {
        var inputs = ReportSamples.LaunchedInputs(1, 1, 1);
        return ReportBuilder.Build(inputs with
        {
            LaunchRuns = inputs.LaunchRuns!.Select(l => l with { WallSeconds = 30, ForeignCpuSeconds = l.Index == busyLaunch ? 27 : 0.3 }).ToList(),
            Remeasured = records,
        });
    }

    [Fact]
    public void Failing_cases_are_time_sla_failures_and_time_regressions_only()
    {
        var details = new RegressionDetails
        {
            Benchmarks =
            [
                new BenchmarkVerdictDetails { FullName = Small, Verdict = "REGRESSION" },
                new BenchmarkVerdictDetails { FullName = Pickle, Verdict = "NO_CHANGE", AllocationVerdict = "REGRESSION" },
            ],
        };

        Assert.Equal([Small], InterferenceReview.FailingCases(Report(null), details, Defaults));
        Assert.Empty(InterferenceReview.FailingCases(Report(null), null, Defaults));
    }

    [Fact]
    public void An_unsettled_run_sends_its_suspected_slowdowns_at_the_fail_threshold_to_be_measured_again_and_a_settled_run_does_not()
    {
        // Every case's second launch 1.3x slower: the run is unsettled (a median sd of log 0.151 over the cases).
        var inputs = ReportSamples.LaunchedInputs(1, 1.3, 1);
        var unsettled = ReportBuilder.Build(inputs with { LaunchRuns = inputs.LaunchRuns!.Select(l => l with { WallSeconds = 30, ForeignCpuSeconds = 0.3 }).ToList() });
        var details = new RegressionDetails
        {
            Benchmarks =
            [
                new BenchmarkVerdictDetails { FullName = Small, Category = "config", Verdict = "SUSPECTED", Ratio = 1.2 },
                new BenchmarkVerdictDetails { FullName = Pickle, Category = "data_loading", Verdict = "SUSPECTED", Ratio = 1.1 },
                new BenchmarkVerdictDetails { FullName = "X.Y.Z", Category = "config", Verdict = "NO_CHANGE", Ratio = 1.3 },
            ],
        };

        Assert.Equal([Small], InterferenceReview.HiddenCases(unsettled, details, Defaults, (_, _) => 0.15));
        Assert.Equal([Small, Pickle], InterferenceReview.HiddenCases(unsettled, details, Defaults, (_, _) => 0.10));
        // The case's own threshold decides (a category override): 1.2 does not reach 25%.
        Assert.Empty(InterferenceReview.HiddenCases(unsettled, details, Defaults, (_, category) => category == "config" ? 0.25 : 0.15));
        Assert.Empty(InterferenceReview.HiddenCases(unsettled, null, Defaults, (_, _) => 0.15));
        Assert.Empty(InterferenceReview.HiddenCases(unsettled, details, Defaults with { SettledLaunchSpread = 0.2 }, (_, _) => 0.15));
        Assert.Empty(InterferenceReview.HiddenCases(Report(null), details, Defaults, (_, _) => 0.15));
    }

    [Fact]
    public void A_regression_past_the_beyond_interference_factor_is_not_sent_to_be_measured_again()
    {
        var details = new RegressionDetails
        {
            Benchmarks =
            [
                new BenchmarkVerdictDetails { FullName = Small, Verdict = "REGRESSION", Ratio = 9, RatioCi = [6, 12] },
                new BenchmarkVerdictDetails { FullName = Pickle, Verdict = "REGRESSION", Ratio = 6, RatioCi = [4, 8] },
            ],
        };

        Assert.Equal([Pickle], InterferenceReview.FailingCases(Report(null), details, Defaults));
    }

    [Fact]
    public void A_saved_report_makes_every_disturbed_case_inconclusive_with_its_witness_and_why_it_was_not_re_measured()
    {
        var inconclusive = InterferenceReview.Inconclusive(Report(busyLaunch: 2), Defaults, "a saved report cannot be measured again");

        Assert.Equal(3, inconclusive.Count);
        Assert.Equal("measured under interference (launch 2: other processes kept 0.90 of 2 cores busy (limit 0.25)); a saved report cannot be measured again", inconclusive[Small]);
        Assert.Empty(InterferenceReview.Inconclusive(Report(busyLaunch: null), Defaults, "x"));
    }

    [Fact]
    public void A_saved_unsettled_report_makes_every_failing_time_verdict_inconclusive_naming_the_runs_spread()
    {
        // Every case's second launch 1.3x slower: a median sd of log 0.151 over the cases, above the settled 0.06.
        var inputs = ReportSamples.LaunchedInputs(1, 1.3, 1);
        var report = ReportBuilder.Build(inputs with { LaunchRuns = inputs.LaunchRuns!.Select(l => l with { WallSeconds = 30, ForeignCpuSeconds = 0.3 }).ToList() });

        var inconclusive = InterferenceReview.Inconclusive(report, Defaults, "a saved report cannot be measured again");

        Assert.Equal(report.AllEntries().Count(), inconclusive.Count);
        Assert.Equal(
            "measured under interference (launches 1, 2, 3: the run was unsettled: its launches disagreed by a median sd of log 0.151 over its cases (settled runs keep within 0.06), so it ran in the host's bursts); a saved report cannot be measured again",
            inconclusive[Small]);
        Assert.Empty(InterferenceReview.Inconclusive(report, Defaults with { SettledLaunchSpread = 0.2 }, "x"));
    }

    [Fact]
    public void A_case_the_run_re_measured_keeps_the_recorded_decision()
    {
        var records = new[]
        {
            new RemeasureRecord(Small, "interference persisted", [4, 5], [], RemeasureRecord.Inconclusive, [1, 2, 3], [4, 5]),
            new RemeasureRecord(Pickle, "judged on the re-measurement", [4, 5], [4, 5], RemeasureRecord.JudgedOnRemeasure, [1, 2, 3], [4, 5]),
        };

        var inconclusive = InterferenceReview.Inconclusive(Report(busyLaunch: 2, records), Defaults, "x");

        Assert.Equal("interference persisted", inconclusive[Small]);
        Assert.False(inconclusive.ContainsKey(Pickle));
    }

    [Fact]
    public void A_case_judged_on_re_measure_launches_is_read_at_those_launches()
    {
        var entry = ReportBuilder.Build(ReportSamples.LaunchedInputs(1, 1, 1)).AllEntries().First() with { LaunchMediansNs = [10, 11], LaunchIndices = [4, 5] };

        Assert.Equal([(3, 10.0), (4, 11.0)], InterferenceReview.CaseLaunches(entry));
        Assert.Equal([(0, 10.0), (1, 11.0)], InterferenceReview.CaseLaunches(entry with { LaunchIndices = null }));
    }

    [Fact]
    public void A_saved_report_reads_each_cases_own_thread_time_at_its_launches()
    {
        var report = Report(busyLaunch: null);
        var entry = report.AllEntries().First(e => e.FullName == Small);
        var waited = entry with { LaunchThreadTimes = [new ThreadTimeUse(0.98, 0.0), new ThreadTimeUse(0.6, 0.4), null] };
        var judged = report with
        {
            BenchmarkResults = report.BenchmarkResults.ToDictionary(
                c => c.Key, c => (IReadOnlyDictionary<string, BenchmarkEntry>)c.Value.ToDictionary(e => e.Key, e => e.Key == Small ? waited : e.Value, StringComparer.Ordinal)),
        };

        var inconclusive = InterferenceReview.Inconclusive(judged, Defaults, "x");

        Assert.Equal([Small], inconclusive.Keys);
        Assert.StartsWith("measured under interference (launch 2: its benchmark thread waited for a CPU 40%", inconclusive[Small], StringComparison.Ordinal);
        Assert.Equal([3, 4], InterferenceReview.ThreadTimes(waited with { LaunchMediansNs = [10, 11], LaunchIndices = [4, 5] }).Keys);
    }

    [Fact]
    public void A_saved_report_reads_the_host_memory_probe_against_the_quiet_readings_of_the_runs_own_launches()
    {
        var report = Report(busyLaunch: null);
        ThreadTimeUse Probe(double ms) => new(0.99, 0.0, ms);
        var entries = report.BenchmarkResults.ToDictionary(
            c => c.Key,
            c => (IReadOnlyDictionary<string, BenchmarkEntry>)c.Value.ToDictionary(
                e => e.Key,
                e => e.Key == Small
                    ? e.Value with { LaunchThreadTimes = [Probe(0.61), Probe(0.80), Probe(0.62)] }
                    : e.Value with { LaunchThreadTimes = [Probe(0.60), Probe(0.63), Probe(0.62)] },
                StringComparer.Ordinal));
        var judged = report with { BenchmarkResults = entries };

        var inconclusive = InterferenceReview.Inconclusive(judged, Defaults, "x");

        Assert.Equal(0.61, InterferenceReview.ProbeReference(judged)!.Value, 9);
        Assert.Equal([Small], inconclusive.Keys);
        Assert.StartsWith("measured under interference (launch 2: the host's memory probe around it read 31% slower", inconclusive[Small], StringComparison.Ordinal);
        Assert.Empty(InterferenceReview.Inconclusive(judged, Defaults with { MemoryProbeShift = 0 }, "x"));
    }
}
