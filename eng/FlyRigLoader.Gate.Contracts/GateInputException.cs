namespace FlyRigLoader.Gate.Contracts;

/// <summary>
/// An input the gate reads (a BenchmarkDotNet report, our own report, a registry, a baseline) is missing or malformed.
/// Always maps to exit code 2: a gate fails closed on input it cannot trust.
/// </summary>
public sealed class GateInputException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> with a one-line description of what is wrong.</summary>
    public GateInputException(string file, string problem, Exception? inner = null)
        : base($"{file}: {problem}", inner)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>Creates the exception from a message only (prefer the file + problem constructor).</summary>
    public GateInputException()
        : this("<unknown>", "invalid input")
    {
    }

    /// <summary>Creates the exception from a message only (prefer the file + problem constructor).</summary>
    public GateInputException(string message)
        : this("<unknown>", message)
    {
    }

    /// <summary>Creates the exception from a message only (prefer the file + problem constructor).</summary>
    public GateInputException(string message, Exception innerException)
        : this("<unknown>", message, innerException)
    {
    }

    /// <summary>The file that could not be used.</summary>
    public string File { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }

    /// <summary>The exit code every gate target uses for bad input.</summary>
    public const int ExitCode = ExitCodes.Error;
}
