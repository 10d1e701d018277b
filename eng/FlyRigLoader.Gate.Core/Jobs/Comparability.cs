namespace FlyRigLoader.Gate.Core.Jobs;

/// <summary>
/// Decides, before any verdict, whether a baseline can judge a run (pure). Only a baseline of the same environment
/// fingerprint and the same job can: a default-profile baseline says nothing about a smoke run's times, a baseline
/// measured with tiered compilation says nothing about a run without it, and another machine's numbers say nothing
/// about this one's. Everything else is informational, and the reason says which fields differ.
/// </summary>
public static class Comparability
{
    /// <summary>The reason given for a baseline written before jobs were recorded.</summary>
    public const string PredatesJobRecording = "baseline predates job recording";

    /// <summary>The reason given when the current run records no job.</summary>
    public const string CurrentRecordsNoJob = "the current run records no job";

    /// <summary>Comparable when nothing differs; else the reason: fingerprint fields first, then the job's.</summary>
    public static ComparabilityVerdict Decide(RunIdentity baseline, RunIdentity current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var differences = RunIdentity.Differences(baseline, current);
        var reasons = new List<string>();
        var fingerprint = differences.Where(d => d.Scope == FieldDifference.FingerprintScope).ToList();
        if (fingerprint.Count > 0)
        {
            reasons.Add("fingerprint differs: " + string.Join("; ", fingerprint));
        }

        if (baseline.Job is null)
        {
            reasons.Add(PredatesJobRecording);
        }
        else if (current.Job is null)
        {
            reasons.Add(CurrentRecordsNoJob);
        }
        else if (differences.Where(d => d.Scope == FieldDifference.JobScope).ToList() is { Count: > 0 } job)
        {
            reasons.Add("job differs: " + string.Join("; ", job));
        }

        return new ComparabilityVerdict(reasons.Count == 0, reasons.Count == 0 ? null : string.Join("; ", reasons), differences);
    }
}
