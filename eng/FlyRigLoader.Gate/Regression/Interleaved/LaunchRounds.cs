using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts.Interleaving;
using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Gate.Regression.Interleaved;

/// <summary>
/// Turns interleaved launches into the rounds the A/B comparison judges (pure): launch i is round i of A and of B, so
/// <see cref="RoundBlocking"/> divides out what a launch did to both builds, and the spread of the launches' B/A ratios,
/// which holds each process's luck with its copy of the code, becomes the between-run band.
/// </summary>
internal static class LaunchRounds
{
    /// <summary>Per-launch runs of A and of B; <paramref name="template"/> gives provenance and environment to every round.</summary>
    public static (IReadOnlyList<MeasuredRun> A, IReadOnlyList<MeasuredRun> B) Split(IReadOnlyList<IReadOnlyList<InterleavedCase>> launches, MeasuredRun template)
    {
        ArgumentNullException.ThrowIfNull(launches);
        ArgumentNullException.ThrowIfNull(template);
        if (launches.Count == 0)
        {
            throw new ArgumentException("no launch to judge", nameof(launches));
        }

        return (Side(launches, template, 'A'), Side(launches, template, 'B'));
    }

    /// <summary>
    /// The empty run every round is cut from: run id <c>ab-&lt;UTC time&gt;</c> and the fingerprint both sides share
    /// (they ran on one machine in one process, so there is no environment to tell apart).
    /// </summary>
    public static MeasuredRun Template(DateTimeOffset started, string job, string? sha = null, string? branch = null, string? runtime = null, bool dirtyTree = false) =>
        new(new RunProvenance("ab-" + started.ToString("yyyyMMddTHHmmssZ", CultureInfo.InvariantCulture), sha, branch, started, null, runtime, job),
            "ab-interleaved", null, null, [], [], Complete: true, DirtyTree: dirtyTree);

    /// <summary>The category a full name's namespace gives (null outside the suite's convention).</summary>
    public static string? CategoryOf(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var paren = fullName.IndexOf('(', StringComparison.Ordinal);
        var parts = (paren > 0 ? fullName[..paren] : fullName).Split('.');
        var category = parts.Length > 2 ? BenchmarkCategories.FromNamespace(string.Join('.', parts[..^2])) : BenchmarkCategories.Uncategorized;
        return category == BenchmarkCategories.Uncategorized ? null : category;
    }

    private static List<MeasuredRun> Side(IReadOnlyList<IReadOnlyList<InterleavedCase>> launches, MeasuredRun template, char side)
    {
        var label = side.ToString();
        return launches.Select(cases => template with
        {
            Benchmarks = cases
                .Select(c => (Case: c, Side: side == 'A' ? c.A : c.B))
                .Where(x => x.Side is not null)
                .Select(x => new MeasuredBenchmark(x.Case.FullName, CategoryOf(x.Case.FullName), x.Side!.SamplesNs, x.Side.AllocatedBytesPerOp))
                .ToList(),
            Failed = cases.Where(c => c.Errors.ContainsKey(label)).Select(c => c.FullName).ToList(),
        }).ToList();
    }
}
