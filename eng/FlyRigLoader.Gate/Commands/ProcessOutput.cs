namespace FlyRigLoader.Gate.Commands;

/// <summary>What a finished process printed and returned.</summary>
/// <param name="ExitCode">Process exit code (127: could not start; 124: timed out).</param>
/// <param name="StandardOutput">Captured stdout.</param>
/// <param name="StandardError">Captured stderr.</param>
public sealed record ProcessOutput(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Stdout followed by stderr, for error messages and logs.</summary>
    public string Combined => StandardOutput + StandardError;
}
