namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Everything environment detection reads from the machine, so detection itself stays a pure, testable function.</summary>
public interface IHostProbe
{
    /// <summary><c>Linux</c>, <c>Windows</c>, <c>macOS</c> or <c>Other</c>.</summary>
    string OsFamily { get; }

    /// <summary>The runtime's OS description.</summary>
    string OsDescription { get; }

    /// <summary>Process architecture, e.g. <c>X64</c>.</summary>
    string Architecture { get; }

    /// <summary>The .NET runtime description, e.g. <c>.NET 10.0.12</c>.</summary>
    string RuntimeDescription { get; }

    /// <summary>Logical processors visible to the process.</summary>
    int ProcessorCount { get; }

    /// <summary>Memory the GC may use, a fallback when the OS does not tell.</summary>
    long GcAvailableMemoryBytes { get; }

    /// <summary>A text file's content, or null when absent or unreadable.</summary>
    string? ReadFile(string path);

    /// <summary>Entries (names) of a directory, or empty when absent.</summary>
    IReadOnlyList<string> ListDirectory(string path);

    /// <summary>An environment variable, or null.</summary>
    string? Env(string name);

    /// <summary>Runs a command and returns its trimmed standard output, or null when it failed or could not start.</summary>
    string? Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory);
}
