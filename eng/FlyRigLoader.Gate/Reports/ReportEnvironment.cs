using FlyRigLoader.Gate.Calibration;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Reports;

/// <summary>The environment section of the report.</summary>
/// <param name="Fingerprint">Identifies comparable runs (same as <c>Info.Fingerprint</c>).</param>
/// <param name="FingerprintCanonical">The text that was hashed.</param>
/// <param name="Info">Detected machine and toolchain facts.</param>
/// <param name="Calibration">Reference workload timings and speed factor, or null when calibration failed.</param>
/// <param name="SeedNormalizationFactors">The Python original's fixed factors, for comparison only.</param>
/// <param name="BenchmarkDotNetHost">Host facts BenchmarkDotNet itself recorded, or null when no report was read.</param>
/// <param name="CalibrationAfter">
/// The same calibration run again right after the last launch, or null when not run: a machine that changed during the
/// run moves it (an interference witness; see each launch's <c>calibration_shift</c>).
/// </param>
public sealed record ReportEnvironment(
    string Fingerprint,
    string FingerprintCanonical,
    EnvironmentInfo Info,
    CalibrationResult? Calibration,
    SeedNormalizationFactors SeedNormalizationFactors,
    BdnHostInfo? BenchmarkDotNetHost,
    CalibrationResult? CalibrationAfter = null);
