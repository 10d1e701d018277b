using FlyRigLoader.Gate.Core.Jobs;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>One accepted run inside a baseline.</summary>
/// <param name="Provenance">Commit, branch, date, toolchain.</param>
/// <param name="CalibrationNs">Calibration workload time of that run, or null.</param>
/// <param name="Benchmarks">Its benchmarks.</param>
/// <param name="Job">Its job, or null in a baseline written before jobs were recorded (schema 1).</param>
internal sealed record BaselineRun(RunProvenance Provenance, double? CalibrationNs, IReadOnlyList<MeasuredBenchmark> Benchmarks, JobIdentity? Job = null);
