namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// What a run's fastest launch says about a case: how far it sits above the baseline runs' typical fastest launch, and
/// the band that distance must leave before every launch of the run counts as slower (see <see cref="FastestLaunch"/>).
/// </summary>
/// <param name="Ratio">The current run's fastest launch median over the baseline runs' median fastest launch.</param>
/// <param name="Band">Relative excess the ratio had to pass (0.07 = +7 %).</param>
/// <param name="BaselineRuns">Baseline runs whose launches gave a fastest launch.</param>
/// <param name="Launches">Launches of the current run.</param>
public sealed record FastestLaunchWitness(double Ratio, double Band, int BaselineRuns, int Launches)
{
    /// <summary>Every launch of the run was slower than the baseline's fastest launches typically are, beyond the band.</summary>
    public bool Slower => Math.Log(Ratio) > Math.Log(1 + Band);
}
