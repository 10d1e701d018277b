using FlyRigLoader.Gate.History;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.History;

/// <summary>Appending runs: refusals like the baseline's, the bound, and anchors that outlive it.</summary>
public sealed class HistoryUpdaterTests
{
    [Fact]
    public void Appends_runs_oldest_first_and_pins_an_anchor_with_its_label()
    {
        var first = HistoryUpdater.Append(null, Synthetic.Run(1), pin: false, null).Updated;
        var second = HistoryUpdater.Append(first, Synthetic.Run(2), pin: true, "v1.2");

        Assert.True(second.Accepted);
        Assert.Equal(["run-1", "run-2"], second.Updated!.Runs.Select(r => r.RunId));
        Assert.True(second.Updated.Runs[1].Anchor);
        Assert.Equal("v1.2", second.Updated.Runs[1].Label);
        Assert.Contains(second.Summary, s => s.Contains("pinned run run-2", StringComparison.Ordinal) && s.Contains("'v1.2'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_of_another_job_or_fingerprint_is_refused_with_the_reason()
    {
        var history = HistoryUpdater.Append(null, Synthetic.Run(1), false, null).Updated;

        var smoke = HistoryUpdater.Append(history, Synthetic.Run(2, job: Synthetic.Job with { Profile = "smoke" }), false, null);
        var other = HistoryUpdater.Append(history, Synthetic.Run(3, fingerprint: "fp2"), false, null);

        Assert.False(smoke.Accepted);
        Assert.Contains("profile", Assert.Single(smoke.Refusals), StringComparison.Ordinal);
        Assert.False(other.Accepted);
        Assert.Contains("fingerprint differs", Assert.Single(other.Refusals), StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_already_naming_another_run_is_refused()
    {
        var history = HistoryUpdater.Append(null, Synthetic.Run(1), true, "v1").Updated;

        var again = HistoryUpdater.Append(history, Synthetic.Run(2), true, "V1");

        Assert.False(again.Accepted);
        Assert.Contains("already names run run-1", Assert.Single(again.Refusals), StringComparison.Ordinal);
    }

    [Fact]
    public void Pinning_a_run_already_kept_pins_it_in_place()
    {
        var history = Enumerable.Range(1, 3).Aggregate((HistoryFile?)null, (h, i) => HistoryUpdater.Append(h, Synthetic.Run(i), false, null).Updated);

        var pinned = HistoryUpdater.Append(history, Synthetic.Run(2), true, "v2").Updated!;

        Assert.Equal(3, pinned.Runs.Count);
        Assert.True(pinned.Runs[1].Anchor);
        Assert.Equal("v2", pinned.Runs[1].Label);
    }

    [Fact]
    public void The_history_keeps_its_bound_dropping_the_oldest_runs_but_never_a_pinned_anchor()
    {
        var history = HistoryUpdater.Append(null, Synthetic.Run(1), true, "v0").Updated! with { KeepRuns = 4 };
        for (var i = 2; i <= 10; i++)
        {
            history = HistoryUpdater.Append(history, Synthetic.Run(i), false, null).Updated!;
        }

        Assert.Equal(["run-1", "run-8", "run-9", "run-10"], history.Runs.Select(r => r.RunId));
        Assert.True(history.Runs[0].Anchor);
    }

    [Fact]
    public void More_pins_than_the_limit_release_the_oldest_pin()
    {
        var history = HistoryUpdater.Append(null, Synthetic.Run(1), true, "v1").Updated!;
        for (var i = 2; i <= HistoryFile.MaxAnchors + 1; i++)
        {
            history = HistoryUpdater.Append(history, Synthetic.Run(i), true, "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Updated!;
        }

        Assert.Equal(HistoryFile.MaxAnchors, history.Runs.Count(r => r.Anchor));
        Assert.False(history.Runs[0].Anchor);
        Assert.Null(history.Runs[0].Label);
    }

    [Fact]
    public void A_history_seeded_from_a_baseline_holds_its_runs()
    {
        var baseline = Synthetic.Baseline(3);

        var seeded = HistoryUpdater.Seed(baseline)!;

        Assert.Equal(baseline.Runs.Select(r => r.Provenance.RunId), seeded.Runs.Select(r => r.RunId));
        Assert.Equal(baseline.Job, seeded.Job);
        Assert.All(seeded.Runs, r => Assert.False(r.Anchor));
    }
}
