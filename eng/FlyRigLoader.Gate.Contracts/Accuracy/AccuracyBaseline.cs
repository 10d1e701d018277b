namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>The scratch baseline (under <c>artifacts/accuracy/baselines/</c>, never the committed <c>baselines/</c>).</summary>
/// <param name="Path">The baseline file.</param>
/// <param name="Runs">Accepted runs it holds.</param>
/// <param name="Trials">The runs that made it, with their load averages.</param>
/// <param name="MaxLaunchSpread">The <c>baseline_max_launch_spread</c> its runs were held to, as UpdateBaseline holds them; 0 when any run was accepted (<c>--allow-unsettled</c>).</param>
/// <param name="SetAside">Runs measured for it but refused as unsettled (launches disagreeing beyond that limit), each measured again.</param>
public sealed record AccuracyBaseline(string Path, int Runs, IReadOnlyList<ExperimentTrial> Trials, double MaxLaunchSpread = 0, IReadOnlyList<ExperimentTrial>? SetAside = null);
