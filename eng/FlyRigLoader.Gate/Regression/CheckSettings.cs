namespace FlyRigLoader.Gate.Regression;

/// <summary>How one regression check runs.</summary>
/// <param name="Baseline">Baseline file or folder (ours or BenchmarkDotNet JSON), or null for none.</param>
/// <param name="Config">Thresholds.</param>
/// <param name="AllowMissingBaseline">A missing baseline is a warning (exit 0) instead of exit 2.</param>
/// <param name="CiMode">Print GitHub annotations.</param>
/// <param name="ArtifactsRoot">Folder receiving <c>statistical-analysis/</c> and <c>ci-integration/</c>.</param>
/// <param name="StepSummaryPath">File to append the Markdown to (<c>$GITHUB_STEP_SUMMARY</c>), or null.</param>
/// <param name="Now">Clock for baseline age.</param>
/// <param name="Preloaded">A baseline built in memory (A/B mode); wins over <paramref name="Baseline"/>.</param>
/// <param name="CurrentRuns">Processes pooled per current benchmark (confirmation, A/B rounds).</param>
/// <param name="AcceptNoVerdict">An INCONCLUSIVE or INCOMPARABLE verdict exits 0 with a warning instead of 3.</param>
/// <param name="SideBySideFor">
/// The incomparable baseline an A/B run (<see cref="Preloaded"/>) stands in for: reported as the baseline used, with
/// its reason, and the verdicts as reached side by side.
/// </param>
/// <param name="Notes">Notes to print with the verdict (e.g. why the run was measured side by side).</param>
/// <param name="Inconclusive">
/// Cases measured under interference that was not cleared (full name → why): their time REGRESSION becomes INCONCLUSIVE
/// (see <see cref="InterferedVerdicts"/>); null for measurements without interference data. The SLA verdicts come
/// already judged by the same rule (<c>RegressionGate.Compare</c> applies it to them once).
/// </param>
/// <param name="History">
/// Judge the run against the history of its fingerprint and job too (creep, change points), or null not to: an A/B
/// run's numbers come from rounds against a commit, not from a run the history could hold.
/// </param>
internal sealed record CheckSettings(
    string? Baseline, GateConfig Config, bool AllowMissingBaseline, bool CiMode, string ArtifactsRoot, string? StepSummaryPath, DateTimeOffset Now,
    LoadedBaseline? Preloaded = null, IReadOnlyDictionary<string, int>? CurrentRuns = null, bool AcceptNoVerdict = false,
    BaselineUse? SideBySideFor = null, IReadOnlyList<string>? Notes = null, IReadOnlyDictionary<string, string>? Inconclusive = null,
    HistorySettings? History = null);
