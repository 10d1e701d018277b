namespace FlyRigLoader.Gate.Reports;

/// <summary>Allocation summary and leak detection.</summary>
/// <param name="PeakAllocatedBytesPerOp">Largest allocation per operation of any case, or null without data.</param>
/// <param name="PeakAllocationBenchmark">The case with that allocation, or null.</param>
/// <param name="LeakDetection">Result of the leak check.</param>
public sealed record MemoryAnalysis(double? PeakAllocatedBytesPerOp, string? PeakAllocationBenchmark, LeakDetection LeakDetection);
