namespace FlyRigLoader.Gate.Reports;

/// <summary>One launch of the suite within a run: a fresh BenchmarkDotNet process that measured every selected case.</summary>
/// <param name="Index">1-based position in the run; a case's <c>launch_medians_ns[Index - 1]</c> is its median in this launch.</param>
/// <param name="WallSeconds">Wall-clock time of the process, start to exit.</param>
/// <param name="CpuSeconds">CPU time (user + system) the process used, last read before it exited (up to 250 ms short), or null when unreadable.</param>
/// <param name="ExitCode">Its exit code (−1 when killed).</param>
/// <param name="TimedOut">Killed at the run's <c>--timeout</c> deadline.</param>
/// <param name="Iterations">Measured iterations per case it ran.</param>
/// <param name="ReverseOrder">It ran the classes and cases last to first.</param>
/// <param name="CasesMeasured">Cases it measured successfully.</param>
public sealed record LaunchInfo(int Index, double WallSeconds, double? CpuSeconds, int ExitCode, bool TimedOut, int Iterations, bool ReverseOrder, int CasesMeasured);
