using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Jobs;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>A complete benchmark run in the gate's terms, whatever report it was read from.</summary>
/// <param name="Provenance">Commit, toolchain, date.</param>
/// <param name="Fingerprint">Environment fingerprint, or null when the source has none (plain BenchmarkDotNet JSON).</param>
/// <param name="EnvironmentName">Readable environment name (e.g. <c>linux-x64-2core</c>), or null.</param>
/// <param name="CalibrationNs">Time of the fixed calibration workload (larger = slower machine), or null.</param>
/// <param name="Benchmarks">Successful benchmarks.</param>
/// <param name="Failed">Full names of benchmarks that failed in this run.</param>
/// <param name="Complete">False when the run was cut short (timeout, crash).</param>
/// <param name="DirtyTree">True when the work tree had uncommitted changes.</param>
/// <param name="Job">How the run measured (profile, BenchmarkDotNet job, launches, runtime settings), or null when not recorded.</param>
/// <param name="FingerprintCanonical">The text the fingerprint hashes, or null when not recorded.</param>
public sealed record MeasuredRun(
    RunProvenance Provenance,
    string? Fingerprint,
    string? EnvironmentName,
    double? CalibrationNs,
    IReadOnlyList<MeasuredBenchmark> Benchmarks,
    IReadOnlyList<string> Failed,
    bool Complete,
    bool DirtyTree,
    JobIdentity? Job = null,
    string? FingerprintCanonical = null)
{
    /// <summary>What a baseline must share with this run to judge it, or null without a fingerprint.</summary>
    public RunIdentity? Identity => Fingerprint is null ? null : new RunIdentity(Fingerprint, FingerprintCanonical, Job);

    /// <summary>
    /// How far the run's launches disagreed: the median over its cases of the sd of log launch medians, what
    /// <c>baseline_max_launch_spread</c> bounds; null when no case has two launches.
    /// </summary>
    public double? LaunchSpread => LaunchSpreadOf(Benchmarks);

    /// <summary>
    /// <see cref="LaunchSpread"/> of any run's benchmarks (a comparison's current side, a baseline's stored runs too), over
    /// the cases measured in the run's own launches: the interference review, UpdateBaseline, the machine note and the
    /// resolution sentence all read this one number. A baseline file does not store which cases were re-measured, so for
    /// its runs every case counts (UpdateBaseline judged the run, before storing it, without them).
    /// </summary>
    public static double? LaunchSpreadOf(IEnumerable<MeasuredBenchmark> benchmarks) =>
        InterferenceRule.SuiteSpread((benchmarks ?? throw new ArgumentNullException(nameof(benchmarks))).Where(b => !b.Remeasured).Select(b => b.LaunchMediansNs).OfType<IReadOnlyList<double>>());
}
