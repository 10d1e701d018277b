using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FlyRigLoader.Gate.Core.Jobs;

/// <summary>
/// How a run measured, besides the machine it ran on: the suite's profile, BenchmarkDotNet's job characteristics, how
/// many fresh processes of the suite were pooled, and the runtime settings of the benchmark process. Times and bytes/op
/// of two runs compare only between identical jobs (see <see cref="Comparability"/>). Equality is that of
/// <see cref="Canonical"/>.
/// </summary>
/// <param name="Profile"><c>default</c>, <c>smoke</c> or <c>large</c>; <see cref="Unknown"/> for a plain BenchmarkDotNet report.</param>
/// <param name="BdnJob">BenchmarkDotNet's job characteristics, sorted (see <see cref="BdnJobText"/>); empty when unknown.</param>
/// <param name="Launches">Fresh processes of the suite the run pooled (1 until runs pool several).</param>
/// <param name="Runtime">Runtime settings (see <see cref="RuntimeKnobs.JobMap"/>): name → value, <see cref="Unset"/> when not set.</param>
public sealed record JobIdentity(string Profile, string BdnJob, int Launches, IReadOnlyDictionary<string, string> Runtime)
{
    /// <summary>The value of a runtime setting that was not set.</summary>
    public const string Unset = "(unset)";

    /// <summary>The profile of a run whose report does not say (plain BenchmarkDotNet JSON).</summary>
    public const string Unknown = "unknown";

    private const string None = "(none)";

    /// <summary>
    /// The text the key hashes: <c>profile=…|bdn_job=…|launches=…|runtime=Name=value;…</c>, runtime settings sorted and
    /// unset ones left out (so a map that lists a knob as unset and one that omits it are the same job).
    /// </summary>
    public string Canonical => string.Join('|',
        "profile=" + Profile,
        "bdn_job=" + BdnJob,
        "launches=" + Launches.ToString(CultureInfo.InvariantCulture),
        "runtime=" + string.Join(';', Runtime.Where(kv => kv.Value != Unset).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)));

    /// <summary>First 16 hex digits of the SHA-256 of <see cref="Canonical"/>; names the job's baseline file.</summary>
    public string Key => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical)))[..16];

    /// <summary>The job of a run: <paramref name="bdnJobs"/> are its cases' characteristic texts (null where unknown).</summary>
    /// <param name="profile">The suite's profile, or null when unknown.</param>
    /// <param name="bdnJobs">Per case, <see cref="BdnJobText.FromDisplayInfo"/> of its <c>DisplayInfo</c>.</param>
    /// <param name="launches">Fresh processes pooled into the run.</param>
    /// <param name="runtime">What the benchmark process recorded, or null when it recorded nothing.</param>
    public static JobIdentity Of(string? profile, IEnumerable<string?> bdnJobs, int launches, RuntimeSnapshot? runtime)
    {
        ArgumentNullException.ThrowIfNull(bdnJobs);
        ArgumentOutOfRangeException.ThrowIfLessThan(launches, 1);
        return new JobIdentity(
            string.IsNullOrWhiteSpace(profile) ? Unknown : profile.Trim().ToLowerInvariant(),
            BdnJobText.Combine(bdnJobs), launches, RuntimeKnobs.JobMap(runtime));
    }

    /// <summary>Every field in which <paramref name="current"/> differs from <paramref name="baseline"/>, in a fixed order.</summary>
    public static IReadOnlyList<FieldDifference> Differences(JobIdentity baseline, JobIdentity current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var differences = new List<FieldDifference>();
        if (!string.Equals(baseline.Profile, current.Profile, StringComparison.Ordinal))
        {
            differences.Add(Job("profile", baseline.Profile, current.Profile));
        }

        if (!string.Equals(baseline.BdnJob, current.BdnJob, StringComparison.Ordinal))
        {
            var (before, after) = (BdnJobText.Characteristics(baseline.BdnJob), BdnJobText.Characteristics(current.BdnJob));
            if (before is null || after is null)
            {
                differences.Add(Job("bdn_job", Text(baseline.BdnJob), Text(current.BdnJob)));
            }
            else
            {
                differences.AddRange(before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
                    .Where(k => !string.Equals(before.GetValueOrDefault(k), after.GetValueOrDefault(k), StringComparison.Ordinal))
                    .Select(k => Job("bdn_job " + k, before.GetValueOrDefault(k) ?? None, after.GetValueOrDefault(k) ?? None)));
            }
        }

        if (baseline.Launches != current.Launches)
        {
            differences.Add(Job("launches", baseline.Launches.ToString(CultureInfo.InvariantCulture), current.Launches.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var name in baseline.Runtime.Keys.Union(current.Runtime.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (before, after) = (baseline.Runtime.GetValueOrDefault(name) ?? Unset, current.Runtime.GetValueOrDefault(name) ?? Unset);
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                differences.Add(Job("runtime " + name, before, after));
            }
        }

        return differences;
    }

    /// <inheritdoc/>
    public bool Equals(JobIdentity? other) => other is not null && string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);

    private static FieldDifference Job(string field, string baseline, string current) => new(FieldDifference.JobScope, field, baseline, current);

    private static string Text(string bdnJob) => bdnJob.Length == 0 ? None : bdnJob;
}
