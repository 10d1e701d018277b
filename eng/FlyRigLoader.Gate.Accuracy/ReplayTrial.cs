namespace FlyRigLoader.Gate.Accuracy;

/// <summary>One recorded accuracy trial: a run report and what was done to it.</summary>
/// <param name="RunId">Run id of the report (<c>benchmark-report-&lt;id&gt;.json</c>).</param>
/// <param name="Kind">What the trial tests (A/A, CPU burner, injected slowdown, injected allocation).</param>
/// <param name="Target">Full-name glob of the benchmark that was slowed or made to allocate, or null.</param>
/// <param name="Factor">Injected slowdown factor (1.25 = 25 % slower), or null.</param>
/// <param name="Logged">The verdicts the gate logged when the trial ran, or null when none was logged.</param>
/// <param name="Concurrent">True when another suite ran on the machine at the same time.</param>
internal sealed record ReplayTrial(string RunId, TrialKind Kind, string? Target, double? Factor, LoggedVerdicts? Logged, bool Concurrent);
