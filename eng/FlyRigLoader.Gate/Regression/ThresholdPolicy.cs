namespace FlyRigLoader.Gate.Regression;

/// <summary>The resolved thresholds for one benchmark.</summary>
/// <param name="FailThreshold">Relative slowdown that fails (REGRESSION).</param>
/// <param name="WarnThreshold">Relative change that warns (SUSPECTED/IMPROVEMENT) when statistically sure.</param>
/// <param name="NoiseFloorNs">Absolute change of the median treated as noise.</param>
/// <param name="AllocationToleranceBytes">Allocation jitter tolerated, bytes per operation.</param>
/// <param name="AllocationSpreadFactor">Multiple of the baseline runs' own allocation range (max − min) also tolerated.</param>
/// <param name="AllocationRelativeTolerance">Fraction of the baseline's largest allocation per operation also tolerated.</param>
internal sealed record ThresholdPolicy(
    double FailThreshold, double WarnThreshold, double NoiseFloorNs, double AllocationToleranceBytes, double AllocationSpreadFactor = 1.0, double AllocationRelativeTolerance = 0);
