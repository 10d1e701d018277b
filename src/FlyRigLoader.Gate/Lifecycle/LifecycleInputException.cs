namespace FlyRigLoader.Gate.Lifecycle;

/// <summary>Invalid input to an artifact-lifecycle step (policy file, manifest, archive, shard report): exit code 2.</summary>
public sealed class LifecycleInputException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/>.</summary>
    public LifecycleInputException(string file, string problem, Exception? inner = null)
        : base($"{file}: {problem}", inner)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>Creates the exception without a file.</summary>
    public LifecycleInputException() : this("<unknown>", "invalid input")
    {
    }

    /// <summary>Creates the exception without a file.</summary>
    public LifecycleInputException(string message) : this("<unknown>", message)
    {
    }

    /// <summary>Creates the exception without a file.</summary>
    public LifecycleInputException(string message, Exception inner) : this("<unknown>", message, inner)
    {
    }

    /// <summary>The file that is wrong.</summary>
    public string File { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
