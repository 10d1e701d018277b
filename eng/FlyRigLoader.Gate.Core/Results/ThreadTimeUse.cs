namespace FlyRigLoader.Gate.Core.Results;

/// <summary>
/// How the benchmark thread spent one launch's measured iterations of a case, as shares of their wall time (the suite's
/// thread-time diagnoser, Linux <c>schedstat</c>): on a CPU, and waiting runnable for one. Waiting is the per-case witness
/// of a neighbour taking the CPU; a quiet machine leaves it near 0.
/// <para>It also carries the host's witness around the same iterations: the suite's memory probe (a 4 MB copy read just
/// before and just after them, the slower reading kept), which slows with the host's memory-contention bursts that leave
/// the thread's own shares untouched.</para>
/// </summary>
/// <param name="CpuShare">Time on a CPU over wall time.</param>
/// <param name="RunQueueShare">Time waiting, runnable, for a CPU over wall time.</param>
/// <param name="MemoryProbeMs">The slower memory-probe reading around the measured iterations, ms; null when not recorded (older suites, other platforms).</param>
public sealed record ThreadTimeUse(double CpuShare, double RunQueueShare, double? MemoryProbeMs = null);
