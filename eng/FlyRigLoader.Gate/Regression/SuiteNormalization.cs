namespace FlyRigLoader.Gate.Regression;

/// <summary>How the current run's times are made comparable with the baseline's before the verdict rule.</summary>
internal enum SuiteNormalization
{
    /// <summary>
    /// Times compared as measured; only a suite-wide shift that the calibration workload follows is divided out (and one it
    /// does not follow caps the time verdicts at SUSPECTED).
    /// </summary>
    Calibration,

    /// <summary>Every benchmark's ratio divided by the suite's median ratio (the benchmark itself included), per run.</summary>
    SuiteMedian,

    /// <summary>Every benchmark's ratio divided by the median ratio of the other benchmarks of the same run.</summary>
    LeaveOneOut,
}
