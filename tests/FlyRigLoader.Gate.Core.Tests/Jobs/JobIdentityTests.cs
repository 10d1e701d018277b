using FlyRigLoader.Gate.Core.Jobs;

namespace FlyRigLoader.Gate.Core.Tests.Jobs;

public sealed class JobIdentityTests
{
    private const string DefaultJob = "IterationCount=15, IterationTime=100ms, LaunchCount=1, MinInvokeCount=1, OutlierMode=DontRemove, Toolchain=InProcessEmitToolchain, UnrollFactor=1, WarmupCount=3";

    private static JobIdentity Job(string profile = "default", string bdnJob = DefaultJob, int launches = 1, params (string Name, string Value)[] runtime) =>
        new(profile, bdnJob, launches, runtime.ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal));

    [Fact]
    public void Canonical_text_lists_profile_job_launches_and_the_runtime_settings_that_are_set_in_name_order()
    {
        var job = Job(runtime: [("TieredPGO", "0"), ("ServerGC", "false"), ("TieredCompilation", JobIdentity.Unset)]);

        Assert.Equal($"profile=default|bdn_job={DefaultJob}|launches=1|runtime=ServerGC=false;TieredPGO=0", job.Canonical);
        Assert.Matches("^[0-9a-f]{16}$", job.Key);
    }

    [Fact]
    public void A_setting_listed_as_unset_and_one_left_out_are_the_same_job()
    {
        var listed = Job(runtime: [("TieredCompilation", JobIdentity.Unset), ("ServerGC", "false")]);
        var omitted = Job(runtime: [("ServerGC", "false")]);

        Assert.Equal(listed, omitted);
        Assert.Equal(listed.Key, omitted.Key);
        Assert.Empty(JobIdentity.Differences(listed, omitted));
    }

    [Fact]
    public void Each_field_changes_the_key()
    {
        var baseline = Job(runtime: [("ServerGC", "false")]);
        string[] keys =
        [
            (baseline with { Profile = "smoke" }).Key,
            (baseline with { BdnJob = DefaultJob.Replace("IterationCount=15", "IterationCount=5", StringComparison.Ordinal) }).Key,
            (baseline with { Launches = 4 }).Key,
            Job(runtime: [("ServerGC", "false"), ("TieredCompilation", "0")]).Key,
        ];

        Assert.DoesNotContain(baseline.Key, keys);
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Differences_name_the_profile_each_iteration_setting_the_launches_and_each_runtime_setting()
    {
        var baseline = Job(runtime: [("TieredCompilation", JobIdentity.Unset)]);
        var current = Job("smoke", DefaultJob.Replace("IterationCount=15", "IterationCount=5", StringComparison.Ordinal).Replace("IterationTime=100ms", "IterationTime=40ms", StringComparison.Ordinal), 4, ("TieredCompilation", "0"));

        var texts = JobIdentity.Differences(baseline, current).Select(d => d.ToString()).ToList();

        Assert.Equal(
            ["profile default -> smoke", "bdn_job IterationCount 15 -> 5", "bdn_job IterationTime 100ms -> 40ms", "launches 1 -> 4", "runtime TieredCompilation (unset) -> 0"],
            texts);
        Assert.All(JobIdentity.Differences(baseline, current), d => Assert.Equal(FieldDifference.JobScope, d.Scope));
    }

    [Fact]
    public void An_unknown_job_text_differs_as_a_whole()
    {
        var texts = JobIdentity.Differences(Job(), Job(bdnJob: "")).Select(d => d.ToString());

        Assert.Equal([$"bdn_job {DefaultJob} -> (none)"], texts);
    }

    [Fact]
    public void Of_takes_the_profile_the_cases_job_texts_the_launches_and_the_recorded_runtime()
    {
        var snapshot = new RuntimeSnapshot(new Dictionary<string, string?> { ["System.GC.Server"] = "false" }, new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" }, false, "Batch");

        var job = JobIdentity.Of(" Smoke ", ["B=2, A=1", "B=2, A=1", null], 1, snapshot);

        Assert.Equal("smoke", job.Profile);
        Assert.Equal("B=2, A=1", job.BdnJob);
        Assert.Equal("0", job.Runtime["TieredPGO"]);
        Assert.Equal("false", job.Runtime["ServerGC"]);
        Assert.Equal(JobIdentity.Unknown, JobIdentity.Of(null, [], 1, null).Profile);
        Assert.Empty(JobIdentity.Of(null, [], 1, null).Runtime);
    }
}
