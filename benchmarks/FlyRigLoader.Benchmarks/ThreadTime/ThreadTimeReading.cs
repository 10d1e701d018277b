namespace FlyRigLoader.Benchmarks.ThreadTime;

/// <summary>One reading of the benchmark thread's scheduler clock and the wall clock.</summary>
/// <param name="OnCpuNs">Time the thread has run on a CPU since it started (nanoseconds).</param>
/// <param name="RunQueueNs">Time the thread has waited, runnable, for a CPU since it started (nanoseconds).</param>
/// <param name="WallTimestamp">The wall clock then (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</param>
public sealed record ThreadTimeReading(long OnCpuNs, long RunQueueNs, long WallTimestamp);
