namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// What a run's fastest launch says about a case: how far it sits above the baseline runs' typical fastest launch, and
/// the band that distance must leave before every launch of the run counts as slower (see <see cref="FastestLaunch"/>).
/// </summary>
/// <param name="Ratio">The current run's fastest launch median over the baseline runs' median fastest launch.</param>
/// <param name="Band">Relative excess the ratio had to pass (0.07 = +7 %).</param>
/// <param name="BaselineRuns">Baseline runs whose launches gave a fastest launch.</param>
/// <param name="Launches">Launches of the current run.</param>
/// <param name="SlowModeRuns">Baseline runs in a slow mode this run sits in: above the widest gap (wider than a regression and than twice the band) between the runs' fastest launches, with this run's fastest launch within the band of their range; 0 when no such mode.</param>
/// <param name="ModeRuns">Slow-mode runs that make the run's level a mode of the case rather than a slowdown; 0 never does.</param>
public sealed record FastestLaunchWitness(double Ratio, double Band, int BaselineRuns, int Launches, int SlowModeRuns = 0, int ModeRuns = 0)
{
    /// <summary>Every launch of the run was slower than the baseline's fastest launches typically are, beyond the band.</summary>
    public bool Beyond => Math.Log(Ratio) > Math.Log(1 + Band);

    /// <summary>The run sits where every launch of <see cref="ModeRuns"/> or more baseline runs sat: a slow mode of the case, not of the code.</summary>
    public bool KnownMode => ModeRuns > 0 && SlowModeRuns >= ModeRuns;

    /// <summary>Every launch slower beyond the band, at a level the baseline's own runs did not reach as a mode.</summary>
    public bool Slower => Beyond && !KnownMode;
}
