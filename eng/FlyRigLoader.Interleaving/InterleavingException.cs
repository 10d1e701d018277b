using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Interleaving;

/// <summary>Bad input to the executor (arguments, a build, a benchmark it cannot run); the message names what and why. Exit code 2.</summary>
public sealed class InterleavingException(string subject, string problem) : Exception($"{subject}: {problem}")
{
    /// <summary>The process exit code for bad input.</summary>
    public const int ExitCode = ExitCodes.Error;
}
