namespace FlyRigLoader.Gate.Core.History;

/// <summary>A run against the anchor: the median ratio, its interval, and what the creep rule makes of them.</summary>
/// <param name="Ratio">Current median / anchor median.</param>
/// <param name="Lower">Lower end of the ratio's confidence interval.</param>
/// <param name="Upper">Upper end of the ratio's confidence interval.</param>
/// <param name="RunNoise">Between-run noise used (sd of log median per run).</param>
/// <param name="Status">The verdict.</param>
public sealed record CreepVerdict(double Ratio, double Lower, double Upper, double RunNoise, CreepStatus Status);
