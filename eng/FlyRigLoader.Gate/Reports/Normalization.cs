namespace FlyRigLoader.Gate.Reports;

/// <summary>A case's mean before and after machine normalization.</summary>
/// <param name="RawMeanNs">Measured mean.</param>
/// <param name="NormalizedMeanNs">Mean × calibration speed factor: the reference machine's expected time.</param>
/// <param name="SpeedFactor">The calibration speed factor applied.</param>
/// <param name="SeedFactor">The seed's fixed overall factor, for comparison.</param>
/// <param name="SeedNormalizedMeanNs">Mean ÷ seed factor (the seed's formula).</param>
public sealed record Normalization(double RawMeanNs, double NormalizedMeanNs, double SpeedFactor, double SeedFactor, double SeedNormalizedMeanNs);
