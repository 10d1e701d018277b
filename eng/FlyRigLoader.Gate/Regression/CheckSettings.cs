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
/// <param name="Inconclusive">
/// Cases measured under interference that was not cleared (full name → why): their time REGRESSION and time SLA FAIL
/// become INCONCLUSIVE (see <see cref="InterferedVerdicts"/>); null for measurements without interference data.
/// </param>
internal sealed record CheckSettings(
    string? Baseline, GateConfig Config, bool AllowMissingBaseline, bool CiMode, string ArtifactsRoot, string? StepSummaryPath, DateTimeOffset Now,
    LoadedBaseline? Preloaded = null, IReadOnlyDictionary<string, int>? CurrentRuns = null, IReadOnlyDictionary<string, string>? Inconclusive = null);
