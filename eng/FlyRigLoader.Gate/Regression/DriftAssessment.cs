namespace FlyRigLoader.Gate.Regression;

/// <summary>How the whole environment moved between the baseline and the current run.</summary>
/// <param name="SuiteShift">Median over benchmarks of current/baseline median ratio, minus 1 (0.2 = everything 20 % slower).</param>
/// <param name="CalibrationRatio">Current / baseline calibration time, or null when either is missing.</param>
/// <param name="AppliedFactor">Factor the current times were divided by (1 when not normalized).</param>
/// <param name="Normalized">True when the current times were normalized.</param>
/// <param name="CapAtSuspected">True when the comparison cannot fail on time (foreign environment without calibration).</param>
/// <param name="Note">Human explanation for the report.</param>
/// <param name="Normalization">The normalization applied: <c>calibration</c>, <c>suite-median</c> or <c>leave-one-out</c>.</param>
/// <param name="SuiteWideShift">
/// True when the suite as a whole moved beyond the drift tolerance under a suite-relative normalization: then a benchmark
/// whose unnormalized slowdown exceeds the fail threshold is SUSPECTED, because a change that slows everything looks the
/// same as a slower machine.
/// </param>
/// <param name="CapImprovements">
/// True when the suite read faster as a whole while the calibration did not follow: an IMPROVEMENT is then capped at
/// NO_CHANGE, while slowdowns are judged on the times as measured (a suite that reads faster only makes them look smaller).
/// </param>
/// <param name="Widening">
/// Log amount every band was widened by without normalizing: a suite slowdown the calibration did not follow, smaller
/// than <c>drift_cap_shift</c>, is judged on the times as measured with the bands widened by it instead of capped.
/// </param>
public sealed record DriftAssessment(
    double SuiteShift, double? CalibrationRatio, double AppliedFactor, bool Normalized, bool CapAtSuspected, string Note,
    string Normalization = "calibration", bool SuiteWideShift = false, bool CapImprovements = false, double Widening = 0)
{
    /// <summary>The suite factor: median over benchmarks of current/baseline median ratio (1 + <see cref="SuiteShift"/>).</summary>
    public double SuiteFactor => 1 + SuiteShift;

    /// <summary>
    /// The log amount every band is widened by: how differently benchmarks react to a machine-wide move is unknown, so
    /// under calibration normalization the band widens by the factor's size, and under <see cref="Widening"/> by that.
    /// Suite-relative baselines already hold how differently benchmarks move with the machine, so they are not widened.
    /// </summary>
    public double BandWidening => NormalizedByCalibration ? Math.Abs(Math.Log(AppliedFactor)) : Widening;

    /// <summary>Times were divided by the calibration's factor (not judged as measured, nor against the suite).</summary>
    public bool NormalizedByCalibration => Normalized && Normalization == "calibration";
}
