namespace FlyRigLoader.Gate.Reports;

/// <summary>The thresholds a comparison used (<c>regression_analysis.details.config</c>).</summary>
public sealed record RegressionConfigDetails
{
    /// <summary>Median-ratio increase that fails, e.g. 0.10 for +10 %; null when not recorded.</summary>
    public double? FailThreshold { get; init; }

    /// <summary>Median-ratio increase that fails a side-by-side (interleaved A/B) judgement; null when not recorded.</summary>
    public double? AbFailThreshold { get; init; }

    /// <summary>Median-ratio change worth a warning.</summary>
    public double? WarnThreshold { get; init; }

    /// <summary>False-discovery rate of the within-run tests.</summary>
    public double? Alpha { get; init; }

    /// <summary>Differences below this many nanoseconds are noise.</summary>
    public double? NoiseFloorNs { get; init; }

    /// <summary>Between-run sigmas a regression must clear.</summary>
    public double? FailBandFactor { get; init; }

    /// <summary>Between-run sigmas a warning must clear.</summary>
    public double? WarnBandFactor { get; init; }

    /// <summary>Allocation growth tolerated per operation.</summary>
    public double? AllocationToleranceBytes { get; init; }

    /// <summary>Spread factor of the allocation rule.</summary>
    public double? AllocationSpreadFactor { get; init; }

    /// <summary>Fraction of the baseline's allocation per operation also tolerated.</summary>
    public double? AllocationRelativeTolerance { get; init; }

    /// <summary>Fewest samples a verdict needs.</summary>
    public int? MinSamples { get; init; }

    /// <summary><c>calibration</c>, <c>suite-median</c> or <c>leave-one-out</c>.</summary>
    public string? SuiteNormalization { get; init; }
}
