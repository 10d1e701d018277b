using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Baselines;

public sealed class BaselineUpdaterTests
{
    [Fact]
    public void Keeps_the_last_K_runs_and_reports_the_dropped_one()
    {
        var baseline = Synthetic.Baseline(5);

        var update = BaselineUpdater.Append(baseline, Synthetic.Run(6), 5, allowDirty: false);

        Assert.True(update.Accepted);
        Assert.Equal(["run-2", "run-3", "run-4", "run-5", "run-6"], update.Updated!.Runs.Select(r => r.Provenance.RunId));
        Assert.Contains(update.Summary, l => l.StartsWith("dropped oldest run run-1", StringComparison.Ordinal));
        Assert.Contains(update.Summary, l => l.StartsWith("appended run run-6", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarizes_added_removed_and_moved_benchmarks()
    {
        var baseline = Synthetic.Baseline(1);
        var run = Synthetic.Run(2, slow: new Dictionary<string, double> { [Synthetic.Names[1]] = 1.5 });
        run = run with { Benchmarks = [.. run.Benchmarks.Skip(1), new MeasuredBenchmark("New.Bench", null, [1, 2, 3], null)] };

        var summary = BaselineUpdater.Append(baseline, run, 5, false).Summary;

        Assert.Contains("added New.Bench", summary);
        Assert.Contains("no longer measured " + Synthetic.Names[0], summary);
        Assert.Contains(summary, l => l.StartsWith(Synthetic.Names[1] + ": median ×1.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_a_run_of_another_job_naming_the_difference_because_a_file_holds_one_job()
    {
        var smoke = Synthetic.Job with { Profile = "smoke" };

        var update = BaselineUpdater.Append(Synthetic.Baseline(2), Synthetic.Run(6, job: smoke), 5, allowDirty: false);

        Assert.False(update.Accepted);
        Assert.Contains($"the run's job {smoke.Key} is not the baseline's {Synthetic.Job.Key} (job differs: profile default -> smoke); each job keeps its own file", update.Refusals);
    }

    [Fact]
    public void Refuses_a_run_without_a_job_and_appending_to_a_baseline_that_predates_job_recording()
    {
        var old = Synthetic.Baseline(1);
        old = old with { Runs = [.. old.Runs.Select(r => r with { Job = null })] };

        var noJob = BaselineUpdater.Append(null, Synthetic.Run(6) with { Job = null }, 5, false);
        var ontoOld = BaselineUpdater.Append(old, Synthetic.Run(6), 5, false);

        Assert.Contains(noJob.Refusals, r => r.StartsWith("the run records no job", StringComparison.Ordinal));
        Assert.Contains(ontoOld.Refusals, r => r.StartsWith("the baseline predates job recording (schema 1)", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_failed_incomplete_and_dirty_runs()
    {
        var run = Synthetic.Run(9) with { Failed = ["X.Y.Z"], Complete = false, DirtyTree = true };

        var update = BaselineUpdater.Append(null, run, 5, allowDirty: false);

        Assert.False(update.Accepted);
        Assert.Equal(3, update.Refusals.Count);
        Assert.Contains(update.Refusals, r => r.Contains("--allow-dirty", StringComparison.Ordinal));
    }

    [Fact]
    public void Accepts_a_dirty_run_when_allowed()
    {
        var update = BaselineUpdater.Append(null, Synthetic.Run(9) with { DirtyTree = true }, 5, allowDirty: true);

        Assert.True(update.Accepted);
        Assert.Single(update.Updated!.Runs);
    }

    [Fact]
    public void Refuses_a_run_of_another_environment_or_one_already_in_the_baseline()
    {
        var baseline = Synthetic.Baseline(2);

        Assert.False(BaselineUpdater.Append(baseline, Synthetic.Run(7, fingerprint: "fp2"), 5, false).Accepted);
        Assert.False(BaselineUpdater.Append(baseline, Synthetic.Run(2), 5, false).Accepted);
    }

    [Theory]
    // Three launches per case, one of them slowed by the factor in the first slowedCases of the run's five cases: the
    // median over cases of the sd of their log launch medians decides, so a few noisy cases do not unsettle a run.
    [InlineData(5, 1.03, 0.06, true)]
    [InlineData(5, 1.40, 0.06, false)]
    [InlineData(2, 1.40, 0.06, true)]
    [InlineData(5, 1.40, 0.0, true)]
    public void An_unsettled_run_is_refused_because_a_baseline_of_burst_runs_judges_with_bands_wider_than_the_slowdowns_it_must_catch(
        int slowedCases, double factor, double limit, bool accepted)
    {
        var run = WithLaunches(Synthetic.Run(7), slowedCases, factor);

        var update = BaselineUpdater.Append(Synthetic.Baseline(2), run, 5, false, limit);

        Assert.Equal(accepted, update.Accepted);
        Assert.Equal(!accepted, update.Unsettled);
        Assert.NotNull(run.LaunchSpread);
        if (accepted)
        {
            Assert.Contains(update.Summary, l => l.StartsWith("its launches agree by a median sd of log ", StringComparison.Ordinal));
        }
        else
        {
            var refusal = Assert.Single(update.Refusals);
            Assert.StartsWith("the run is unsettled: its launches disagree by a median sd of log 0.194 over its cases, above baseline_max_launch_spread 0.06", refusal, StringComparison.Ordinal);
            Assert.Contains("--allow-unsettled", refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_run_of_one_launch_per_case_cannot_show_its_agreement_and_is_accepted_saying_so()
    {
        var run = Synthetic.Run(7);

        var update = BaselineUpdater.Append(null, run, 5, false, 0.06);

        Assert.True(update.Accepted);
        Assert.Null(run.LaunchSpread);
        Assert.Contains("its launches' agreement is unknown (one launch per case)", update.Summary);
    }

    [Fact]
    public void An_unsettled_run_with_another_fault_lists_both_so_a_retry_for_quiet_alone_would_not_help()
    {
        var run = WithLaunches(Synthetic.Run(7), 5, 1.5) with { Complete = false };

        var update = BaselineUpdater.Append(null, run, 5, false, 0.06);

        Assert.True(update.Unsettled);
        Assert.Equal(2, update.Refusals.Count);
    }

    // Every case gets three launches at its median, the middle one slowed by factor in the first slowedCases cases.
    private static MeasuredRun WithLaunches(MeasuredRun run, int slowedCases, double factor) => run with
    {
        Benchmarks = [.. run.Benchmarks.Select((b, i) =>
        {
            var median = b.ProcessMediansNs[0];
            return b with { LaunchMediansNs = [median, median * (i < slowedCases ? factor : 1.0), median] };
        })],
    };
}
