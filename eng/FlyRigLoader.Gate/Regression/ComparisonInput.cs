using FlyRigLoader.Gate.Baselines;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Everything the verdict rule looks at: the baseline's history and the current run.</summary>
/// <param name="Baseline">Per-benchmark history of the accepted runs.</param>
/// <param name="Current">The current run's benchmarks.</param>
/// <param name="BaselineCalibrationNs">Median calibration time of the baseline runs, or null.</param>
/// <param name="CurrentCalibrationNs">Calibration time of the current run, or null.</param>
/// <param name="FingerprintMatches">False when the baseline was recorded in another environment.</param>
/// <param name="CurrentRuns">Processes pooled into each current benchmark (confirmation and A/B rounds); absent means 1.</param>
/// <param name="Interleaved">Baseline and current were measured interleaved on this machine (A/B): no drift normalization.</param>
internal sealed record ComparisonInput(
    IReadOnlyList<BenchmarkHistory> Baseline,
    IReadOnlyList<MeasuredBenchmark> Current,
    double? BaselineCalibrationNs,
    double? CurrentCalibrationNs,
    bool FingerprintMatches,
    IReadOnlyDictionary<string, int>? CurrentRuns = null,
    bool Interleaved = false);
