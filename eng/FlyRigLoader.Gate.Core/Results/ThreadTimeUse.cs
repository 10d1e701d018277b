namespace FlyRigLoader.Gate.Core.Results;

/// <summary>
/// How the benchmark thread spent one launch's measured iterations of a case, as shares of their wall time (the suite's
/// thread-time diagnoser, Linux <c>schedstat</c>): on a CPU, and waiting runnable for one. Waiting is the per-case witness
/// of a neighbour taking the CPU; a quiet machine leaves it near 0.
/// </summary>
/// <param name="CpuShare">Time on a CPU over wall time.</param>
/// <param name="RunQueueShare">Time waiting, runnable, for a CPU over wall time.</param>
public sealed record ThreadTimeUse(double CpuShare, double RunQueueShare);
