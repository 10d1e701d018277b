using FlyRigLoader.Gate.Core.Jobs;
using Newtonsoft.Json;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The gate's benchmark report (<c>artifacts/reports/benchmark-report-&lt;run&gt;.json</c>, schema
/// <c>schemas/benchmark-report.schema.json</c>). Written by the Benchmarks target, read by regression and lifecycle targets.
/// </summary>
/// <param name="SchemaVersion">Format version (<see cref="CurrentSchemaVersion"/>).</param>
/// <param name="RunId">UTC timestamp <c>yyyyMMddTHHmmssZ</c> + short git sha.</param>
/// <param name="Complete">False when the run timed out or benchmarks are missing.</param>
/// <param name="IncompleteReason">Why the run is incomplete, or null.</param>
/// <param name="BenchmarkSuite">What was run, when and how long.</param>
/// <param name="Environment">Machine, fingerprint and calibration.</param>
/// <param name="BenchmarkResults">Category → benchmark full name → entry.</param>
/// <param name="MemoryAnalysis">Allocation summary and leak detection.</param>
/// <param name="RegressionAnalysis">Filled by the regression gate when <c>--baseline-comparison</c> ran, else null.</param>
/// <param name="Summary">Counts and the exit code of the run.</param>
/// <param name="Job">
/// How the run measured: profile, BenchmarkDotNet job, launches and the runtime settings of the benchmark process, with
/// its key; null in reports written before jobs were recorded. A baseline judges the run only with the same job.
/// </param>
/// <param name="Remeasured">
/// Every case that would have failed the build (or whose slowdown an unsettled run left SUSPECTED) while the run showed interference, measured again in fresh launches,
/// with the decision (judged on the quiet re-measure launches, or INCONCLUSIVE); empty when none (null in older reports).
/// </param>
public sealed record BenchmarkReport(
    int SchemaVersion,
    string RunId,
    bool Complete,
    string? IncompleteReason,
    SuiteInfo BenchmarkSuite,
    ReportEnvironment Environment,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, BenchmarkEntry>> BenchmarkResults,
    MemoryAnalysis MemoryAnalysis,
    RegressionAnalysis? RegressionAnalysis,
    ReportSummary Summary,
    JobIdentity? Job = null,
    IReadOnlyList<RemeasureRecord>? Remeasured = null)
{
    /// <summary>The schema version this gate writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// How many fresh processes of the suite the run was planned to pool (<c>--launches</c>); each entry's statistics are
    /// over all of them. Read from <see cref="Job"/>, the one place the report records it; 1 for a report written before
    /// jobs were recorded.
    /// </summary>
    [JsonIgnore]
    public int Launches => Job?.Launches ?? 1;

    /// <summary>Every entry, in category then name order.</summary>
    public IEnumerable<BenchmarkEntry> AllEntries() => BenchmarkResults.SelectMany(c => c.Value.Values);

    /// <summary>Each scaling family's fit once (every member entry carries its family's fit).</summary>
    public IEnumerable<Core.Statistics.ScalingFit> ScalingFits() =>
        AllEntries().Select(e => e.ScalingAnalysis).OfType<Core.Statistics.ScalingFit>().DistinctBy(f => f.Family);
}
