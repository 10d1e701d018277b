using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>
/// The committed baseline of one environment and one job: the last K accepted runs, oldest first, each with its
/// per-iteration samples and its job (one job per file; see <see cref="BaselineUpdater"/>).
/// </summary>
/// <param name="Fingerprint">Environment fingerprint the runs were measured in.</param>
/// <param name="EnvironmentName">Readable environment name (e.g. <c>linux-x64-2core</c>).</param>
/// <param name="KeepRuns">K: how many accepted runs the file keeps.</param>
/// <param name="Runs">The accepted runs, oldest first.</param>
/// <param name="FingerprintCanonical">The text the fingerprint hashes, or null when not recorded (schema 1).</param>
internal sealed record BaselineFile(string Fingerprint, string EnvironmentName, int KeepRuns, IReadOnlyList<BaselineRun> Runs, string? FingerprintCanonical = null)
{
    /// <summary>Schema version written; 1 (no job recorded) is still read.</summary>
    public const int SchemaVersion = 2;

    /// <summary>The job of the runs, or null when any run predates job recording (or there is no run).</summary>
    public JobIdentity? Job => Runs.Count > 0 && Runs.All(r => r.Job is not null) ? Runs[^1].Job : null;

    /// <summary>What a run must share with this baseline to be judged by it.</summary>
    public RunIdentity Identity => new(Fingerprint, FingerprintCanonical, Job);

    /// <summary>The date of the newest run, or null when empty.</summary>
    public DateTimeOffset? LatestRunDate => Runs.Count == 0 ? null : Runs.Max(r => r.Provenance.Date);

    /// <summary>Per-benchmark history across the runs (a benchmark absent from a run simply has fewer runs).</summary>
    public IReadOnlyList<BenchmarkHistory> Histories()
    {
        var names = Runs.SelectMany(r => r.Benchmarks.Select(b => b.FullName)).Distinct(StringComparer.Ordinal).ToList();
        return names.Select(name =>
        {
            var entries = Runs.Select(r => r.Benchmarks.FirstOrDefault(b => b.FullName == name)).Where(b => b is not null).Select(b => b!).ToList();
            return new BenchmarkHistory(
                name, entries.Select(e => e.Category).LastOrDefault(c => c is not null),
                entries.Select(e => e.SamplesNs).ToList(), entries.Select(e => e.AllocatedBytesPerOp).ToList(),
                entries.Select(e => e.LaunchMediansNs).ToList());
        }).ToList();
    }

    /// <summary>Median calibration time of the runs that have one, or null.</summary>
    public double? CalibrationNs
    {
        get
        {
            var known = Runs.Where(r => r.CalibrationNs is > 0).Select(r => r.CalibrationNs!.Value).ToList();
            return known.Count == 0 ? null : RobustStatistics.Median(known);
        }
    }
}
