using FlyRigLoader.Gate.Calibration;
using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Reports;

/// <summary>Everything a report is built from; <see cref="ReportBuilder.Build"/> turns it into a <see cref="BenchmarkReport"/>.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="StartedUtc">Run start.</param>
/// <param name="Duration">Run duration so far.</param>
/// <param name="Profile">Effective profile.</param>
/// <param name="Categories">Selected categories (empty = all).</param>
/// <param name="Filter">Filter glob or null.</param>
/// <param name="Shard">Shard text or null.</param>
/// <param name="MemoryProfiling">Leak check requested.</param>
/// <param name="Environment">Detected environment.</param>
/// <param name="Calibration">Calibration or null.</param>
/// <param name="BdnHost">BenchmarkDotNet's host facts or null.</param>
/// <param name="Results">Every case read from BenchmarkDotNet.</param>
/// <param name="Registry">The SLA registry.</param>
/// <param name="LeakCheck">Leak-check result, or null.</param>
/// <param name="LeakCheckFailure">Why the leak check failed, or null.</param>
/// <param name="LeakCheckSource">Leak-check JSON path, or null.</param>
/// <param name="Complete">No timeout and nothing missing.</param>
/// <param name="IncompleteReason">Why incomplete, or null.</param>
/// <param name="InfrastructureOk">Build and process succeeded.</param>
/// <param name="Regression">Regression verdict, or null.</param>
/// <param name="RegressionExitCode">Regression gate exit code (0 when not run).</param>
/// <param name="Launches">Launches (fresh processes) the run was planned with; <see cref="Results"/> pools them (the job's <c>launches</c>).</param>
/// <param name="LaunchRuns">What each launch that ran did, in order, re-measure launches last (empty: none recorded).</param>
/// <param name="Runtime">The runtime settings the benchmark process recorded (<c>runtime-settings.json</c>), or null.</param>
/// <param name="AcceptNoVerdict"><c>--accept-no-verdict</c>: an INCONCLUSIVE or INCOMPARABLE verdict does not fail the run.</param>
/// <param name="CalibrationAfter">The calibration run again after the last launch, or null.</param>
/// <param name="Remeasured">Cases measured again under interference, with the decision; their results in <see cref="Results"/> already reflect it.</param>
/// <param name="Interference">Thresholds of the interference rule (for the machine note); null: the defaults.</param>
/// <param name="Intervals">Level and SLA method of the per-case intervals (gate-config.json's report_*); null: 95 %, Student t.</param>
internal sealed record ReportInputs(
    string RunId,
    DateTimeOffset StartedUtc,
    TimeSpan Duration,
    string Profile,
    IReadOnlyList<string> Categories,
    string? Filter,
    string? Shard,
    bool MemoryProfiling,
    EnvironmentInfo Environment,
    CalibrationResult? Calibration,
    BdnHostInfo? BdnHost,
    IReadOnlyList<BenchmarkResult> Results,
    SlaRegistry Registry,
    LeakCheckResult? LeakCheck,
    string? LeakCheckFailure,
    string? LeakCheckSource,
    bool Complete,
    string? IncompleteReason,
    bool InfrastructureOk,
    RegressionAnalysis? Regression,
    int RegressionExitCode,
    int Launches = 1,
    IReadOnlyList<LaunchInfo>? LaunchRuns = null,
    RuntimeSnapshot? Runtime = null,
    bool AcceptNoVerdict = false,
    CalibrationResult? CalibrationAfter = null,
    IReadOnlyList<RemeasureRecord>? Remeasured = null,
    InterferenceThresholds? Interference = null,
    IntervalSettings? Intervals = null);
