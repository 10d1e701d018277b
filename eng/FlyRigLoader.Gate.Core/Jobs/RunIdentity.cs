namespace FlyRigLoader.Gate.Core.Jobs;

/// <summary>What a baseline or a run must share with another to be compared: its environment and its job.</summary>
/// <param name="Fingerprint">The environment fingerprint (hash).</param>
/// <param name="FingerprintCanonical">The text that was hashed (<c>cpu=…|logical=…|…</c>), or null when not recorded.</param>
/// <param name="Job">The job, or null when not recorded (a baseline written before jobs were recorded).</param>
public sealed record RunIdentity(string Fingerprint, string? FingerprintCanonical, JobIdentity? Job)
{
    /// <summary>The value shown for a job that was not recorded.</summary>
    public const string NotRecorded = "(not recorded)";

    /// <summary>
    /// Every differing field: the fingerprint's (named from the canonical texts when both are known, else the hashes),
    /// then the job's (see <see cref="JobIdentity.Differences"/>; an unrecorded job is one <c>job</c> field).
    /// </summary>
    public static IReadOnlyList<FieldDifference> Differences(RunIdentity baseline, RunIdentity current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var differences = new List<FieldDifference>();
        if (!string.Equals(baseline.Fingerprint, current.Fingerprint, StringComparison.Ordinal))
        {
            var fields = FingerprintFields(baseline.FingerprintCanonical, current.FingerprintCanonical);
            differences.AddRange(fields.Count > 0 ? fields : [new FieldDifference(FieldDifference.FingerprintScope, "fingerprint", baseline.Fingerprint, current.Fingerprint)]);
        }

        if (baseline.Job is { } before && current.Job is { } after)
        {
            differences.AddRange(JobIdentity.Differences(before, after));
        }
        else if (baseline.Job is not null || current.Job is not null)
        {
            differences.Add(new FieldDifference(FieldDifference.JobScope, "job", baseline.Job?.Key ?? NotRecorded, current.Job?.Key ?? NotRecorded));
        }

        return differences;
    }

    private static List<FieldDifference> FingerprintFields(string? baseline, string? current)
    {
        if (baseline is null || current is null)
        {
            return [];
        }

        var (before, after) = (Fields(baseline), Fields(current));
        return before.Keys.Union(after.Keys).Distinct(StringComparer.Ordinal)
            .Where(k => !string.Equals(before.GetValueOrDefault(k), after.GetValueOrDefault(k), StringComparison.Ordinal))
            .Select(k => new FieldDifference(FieldDifference.FingerprintScope, k, before.GetValueOrDefault(k) ?? "(none)", after.GetValueOrDefault(k) ?? "(none)"))
            .ToList();
    }

    // "cpu=AMD EPYC|logical=2|…" in its own order (the canonical text's order is the reading order).
    private static Dictionary<string, string> Fields(string canonical)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in canonical.Split('|'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            fields[equals > 0 ? part[..equals] : part] = equals > 0 ? part[(equals + 1)..] : string.Empty;
        }

        return fields;
    }
}
