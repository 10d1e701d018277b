namespace FlyRigLoader.Gate;

/// <summary>Invalid, corrupt or missing input to the gate (a report, baseline, config or result file): exit code 2.</summary>
public sealed class GateInputException : Exception
{
    /// <summary>Creates an error about <paramref name="file"/>.</summary>
    public GateInputException(string file, string problem, Exception? inner = null)
        : base($"{file}: {problem}", inner)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>The file the problem is in.</summary>
    public string File { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }

    /// <summary>Exit code for invalid input.</summary>
    public const int ExitCode = 2;
}
