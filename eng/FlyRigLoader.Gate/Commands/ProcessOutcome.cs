namespace FlyRigLoader.Gate.Commands;

/// <summary>How a child process ended.</summary>
/// <param name="ExitCode">Its exit code (−1 when killed or not started).</param>
/// <param name="TimedOut">Killed because the timeout elapsed.</param>
/// <param name="Elapsed">Wall-clock duration.</param>
/// <param name="StartError">Why it could not start, or null.</param>
public sealed record ProcessOutcome(int ExitCode, bool TimedOut, TimeSpan Elapsed, string? StartError = null);
