using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Interference;

/// <summary>What the interference review of a run decided.</summary>
/// <param name="Results">The run's pooled results, with each case judged on its re-measurement rebuilt from its quiet re-measure launches.</param>
/// <param name="Records">One record per re-measured case.</param>
/// <param name="Launches">The re-measure launches that ran.</param>
/// <param name="Findings">The first measurement's finding for each failing case.</param>
internal sealed record ReviewOutcome(
    IReadOnlyList<BenchmarkResult> Results,
    IReadOnlyList<RemeasureRecord> Records,
    IReadOnlyList<LaunchInfo> Launches,
    IReadOnlyDictionary<string, InterferenceFinding> Findings);
