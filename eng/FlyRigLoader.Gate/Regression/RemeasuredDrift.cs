using System.Globalization;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// How the drift rule treats a case judged on its re-measure launches (pure). Those launches ran minutes after the run's
/// own and were found quiet by their own witnesses, while the run's drift is a ratio of medians over the run's launches,
/// which a host burst raises. Dividing a quiet re-measurement by a burst's shift hid a planted ×1.25 (GateAccuracy under
/// bursts made on purpose, run 20261205T150218Z: the suite read +14.8 %, the calibration moved alike, the target's quiet
/// re-measurement read ×1.059 after normalization). So such a case is normalized by the machine's move as the other cases'
/// fastest launches show it (a burst slows a launch, never speeds one), kept between 1 and the run's own factor: never
/// normalized more than the run. Only a run that read slower (factor above 1) is adjusted: a factor below 1 stands, as
/// moving it toward 1 would make the case read faster. A machine that really moved (a slower host this hour) moves the
/// fastest launches too, and the case is normalized as before.
/// </summary>
internal static class RemeasuredDrift
{
    /// <summary>
    /// The factor a re-measured case's times are divided by and the log widening of its band, given the machine's move by
    /// the other cases' fastest launches (<see cref="FastestLaunch.MachineShift"/>; null when too few cases could show
    /// it, and then the run's own factor and widening stand).
    /// </summary>
    public static (double Factor, double Widening) For(DriftAssessment drift, double? machineShift)
    {
        ArgumentNullException.ThrowIfNull(drift);
        if (machineShift is not { } shift || !double.IsFinite(shift) || shift <= 0)
        {
            return (drift.AppliedFactor, drift.BandWidening);
        }

        // Only a run that read slower can owe its factor to a burst; a factor below 1 (a faster machine or calibration)
        // stands: moving it toward 1 would make the re-measured case read faster than the run's rule does.
        if (drift.NormalizedByCalibration && drift.AppliedFactor > 1)
        {
            var factor = Math.Clamp(shift, 1.0, drift.AppliedFactor);
            return (factor, Math.Abs(Math.Log(factor)));
        }

        // Times as measured with every band widened by a suite slowdown the calibration did not follow: a quiet
        // re-measurement is widened only as far as the machine itself moved.
        return !drift.Normalized && drift.Widening > 0 ? (drift.AppliedFactor, Math.Clamp(Math.Log(shift), 0, drift.Widening)) : (drift.AppliedFactor, drift.BandWidening);
    }

    /// <summary>What the report says of a re-measured case whose normalization differs from the run's, or null when it does not.</summary>
    public static string? Describe(DriftAssessment drift, (double Factor, double Widening) remeasured)
    {
        ArgumentNullException.ThrowIfNull(drift);
        const string Why = "the machine's move by the other cases' fastest launches, not the run's median shift, which a burst in the run's launches raises";
        if (remeasured.Factor != drift.AppliedFactor)
        {
            return string.Create(CultureInfo.InvariantCulture, $"judged on its re-measure launches, divided by {remeasured.Factor:0.000} instead of the run's {drift.AppliedFactor:0.000}: {Why}");
        }

        return remeasured.Widening != drift.BandWidening
            ? string.Create(CultureInfo.InvariantCulture, $"judged on its re-measure launches, its band widened by {Math.Exp(remeasured.Widening) - 1:0.0%} instead of the run's {Math.Exp(drift.BandWidening) - 1:0.0%}: {Why}")
            : null;
    }
}
