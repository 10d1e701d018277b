namespace FlyRigLoader.Gate.Reports;

/// <summary>Environment drift found and what was done about it (<c>regression_analysis.details.drift</c>).</summary>
public sealed record RegressionDriftDetails
{
    /// <summary>Median log shift of the suite.</summary>
    public double SuiteShift { get; init; }

    /// <summary>Calibration ratio current/baseline, or null.</summary>
    public double? CalibrationRatio { get; init; }

    /// <summary>Factor current times were divided by.</summary>
    public double AppliedFactor { get; init; }

    /// <summary>True when times were normalized.</summary>
    public bool Normalized { get; init; }

    /// <summary>True when verdicts were capped at SUSPECTED.</summary>
    public bool CappedAtSuspected { get; init; }

    /// <summary>Why, in words.</summary>
    public string? Note { get; init; }

    /// <summary>The normalization applied.</summary>
    public string? Normalization { get; init; }

    /// <summary>1 + suite shift.</summary>
    public double SuiteFactor { get; init; }

    /// <summary>True when the whole suite moved.</summary>
    public bool SuiteWideShift { get; init; }

    /// <summary>True when IMPROVEMENTs were capped at NO_CHANGE: the suite read faster as a whole and the calibration did not follow.</summary>
    public bool ImprovementsCapped { get; init; }
}
