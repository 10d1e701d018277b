namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// The smallest slowdowns one comparison could have called, read off the same band and thresholds that gave its verdict:
/// what a NO_CHANGE rules out. Both assume the rank test is sure (with 15 samples against 75 a clean shift gives
/// p ≈ 1e-12), so they are the band's and the thresholds' limit, not the test's; the fastest-launch witness can flag less.
/// </summary>
/// <param name="Regression">Relative slowdown from which a REGRESSION is called (0.25 = +25 %); null when time verdicts are capped at SUSPECTED.</param>
/// <param name="Flagged">Relative slowdown from which the verdict is at least SUSPECTED.</param>
public sealed record Resolution(double? Regression, double Flagged)
{
    /// <summary>
    /// The resolution of the rule in <c>RegressionAnalyzer</c>: REGRESSION needs r − 1 ≥ the fail threshold and ln r beyond
    /// the fail band (and, being sure, beyond the warn band and the warn threshold); SUSPECTED needs r − 1 ≥ the fail
    /// threshold, or ln r beyond the warn band with r − 1 ≥ the warn threshold.
    /// </summary>
    /// <param name="failBand">The fail band in log terms.</param>
    /// <param name="warnBand">The warn band in log terms.</param>
    /// <param name="failThreshold">Relative fail threshold.</param>
    /// <param name="warnThreshold">Relative warn threshold.</param>
    /// <param name="capped">Whether the run's time verdicts are capped at SUSPECTED.</param>
    public static Resolution Of(double failBand, double warnBand, double failThreshold, double warnThreshold, bool capped)
    {
        var sure = Math.Max(warnThreshold, Math.Exp(warnBand) - 1);
        double? regression = capped ? null : Math.Max(Math.Max(failThreshold, Math.Exp(failBand) - 1), sure);
        return new Resolution(regression, Math.Min(failThreshold, sure));
    }
}
