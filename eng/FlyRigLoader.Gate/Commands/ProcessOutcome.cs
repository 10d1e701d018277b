namespace FlyRigLoader.Gate.Commands;

/// <summary>How a child process ended.</summary>
/// <param name="ExitCode">Its exit code (−1 when killed or not started).</param>
/// <param name="TimedOut">Killed because the timeout elapsed.</param>
/// <param name="Elapsed">Wall-clock duration.</param>
/// <param name="StartError">Why it could not start, or null.</param>
/// <param name="CpuTime">
/// CPU time (user + system) the process had used when last read before it exited, or null when it could not be read;
/// read every quarter second while it runs (Linux forgets an exited process's times), so it may miss the last 250 ms.
/// </param>
public sealed record ProcessOutcome(int ExitCode, bool TimedOut, TimeSpan Elapsed, string? StartError = null, TimeSpan? CpuTime = null);
