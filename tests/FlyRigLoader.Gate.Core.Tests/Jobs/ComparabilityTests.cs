using FlyRigLoader.Gate.Core.Jobs;

namespace FlyRigLoader.Gate.Core.Tests.Jobs;

/// <summary>Each comparability case: identical, another fingerprint, another profile, a runtime setting, a job knob, no job recorded.</summary>
public sealed class ComparabilityTests
{
    private const string Machine = "cpu=AMD EPYC 7763|logical=2|physical=2|runtime=.NET 10.0.12|bdn=0.15.8|os=Linux/X64";

    private static readonly JobIdentity Default = new(
        "default", "IterationCount=15, IterationTime=100ms, LaunchCount=1, WarmupCount=3", 1,
        new Dictionary<string, string>(StringComparer.Ordinal) { ["ServerGC"] = "false", ["TieredCompilation"] = JobIdentity.Unset });

    private static RunIdentity Run(JobIdentity? job, string fingerprint = "aaaa", string? canonical = Machine) => new(fingerprint, canonical, job);

    [Fact]
    public void The_same_fingerprint_and_job_compare()
    {
        var verdict = Comparability.Decide(Run(Default), Run(Default with { Runtime = new Dictionary<string, string> { ["ServerGC"] = "false" } }));

        Assert.True(verdict.Comparable);
        Assert.Null(verdict.Reason);
        Assert.Empty(verdict.Differences);
    }

    [Fact]
    public void Another_fingerprint_is_incomparable_naming_the_machine_fields_that_differ()
    {
        var verdict = Comparability.Decide(Run(Default), Run(Default, "bbbb", Machine.Replace("AMD EPYC 7763", "Intel Xeon", StringComparison.Ordinal).Replace("logical=2", "logical=4", StringComparison.Ordinal)));

        Assert.False(verdict.Comparable);
        Assert.Equal("fingerprint differs: cpu AMD EPYC 7763 -> Intel Xeon; logical 2 -> 4", verdict.Reason);
    }

    [Fact]
    public void Another_fingerprint_without_canonical_texts_names_the_hashes()
    {
        var verdict = Comparability.Decide(Run(Default, "aaaa", null), Run(Default, "bbbb"));

        Assert.Equal("fingerprint differs: fingerprint aaaa -> bbbb", verdict.Reason);
    }

    [Fact]
    public void Another_profile_is_incomparable()
    {
        var verdict = Comparability.Decide(Run(Default), Run(Default with { Profile = "smoke" }));

        Assert.False(verdict.Comparable);
        Assert.Equal("job differs: profile default -> smoke", verdict.Reason);
    }

    [Fact]
    public void Another_runtime_setting_is_incomparable()
    {
        var current = Default with { Runtime = new Dictionary<string, string>(Default.Runtime) { ["TieredCompilation"] = "0" } };

        var verdict = Comparability.Decide(Run(Default), Run(current));

        Assert.Equal("job differs: runtime TieredCompilation (unset) -> 0", verdict.Reason);
    }

    [Fact]
    public void Another_iteration_count_is_incomparable()
    {
        var verdict = Comparability.Decide(Run(Default), Run(Default with { BdnJob = Default.BdnJob.Replace("IterationCount=15", "IterationCount=5", StringComparison.Ordinal) }));

        Assert.Equal("job differs: bdn_job IterationCount 15 -> 5", verdict.Reason);
    }

    [Fact]
    public void Fingerprint_and_job_reasons_are_given_together()
    {
        var verdict = Comparability.Decide(Run(Default), Run(Default with { Profile = "smoke" }, "bbbb", Machine.Replace("logical=2", "logical=4", StringComparison.Ordinal)));

        Assert.Equal("fingerprint differs: logical 2 -> 4; job differs: profile default -> smoke", verdict.Reason);
    }

    [Fact]
    public void A_baseline_without_a_job_predates_job_recording_and_is_never_comparable()
    {
        var verdict = Comparability.Decide(Run(null), Run(Default));

        Assert.False(verdict.Comparable);
        Assert.Equal(Comparability.PredatesJobRecording, verdict.Reason);
        Assert.Equal(Comparability.CurrentRecordsNoJob, Comparability.Decide(Run(Default), Run(null)).Reason);
    }
}
