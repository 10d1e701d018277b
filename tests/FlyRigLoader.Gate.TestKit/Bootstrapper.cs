using FlyRigLoader.Gate.Commands;

namespace FlyRigLoader.Gate.TestKit;

/// <summary>
/// The build's entry point as a user of this OS runs it, for the end-to-end tests: <c>build.ps1</c> through PowerShell 7
/// (the repository's local tool) on Windows, <c>build.sh</c> through bash elsewhere. Windows CI thereby runs the very
/// bootstrapper a Windows user runs, and both bootstrappers are exercised by the same tests.
/// </summary>
internal static class Bootstrapper
{
    /// <summary><c>build.ps1</c> on Windows, <c>build.sh</c> elsewhere.</summary>
    public static string Name => OperatingSystem.IsWindows() ? "build.ps1" : "build.sh";

    /// <summary>The command running the bootstrapper with <paramref name="args"/> from <paramref name="workingDirectory"/>.</summary>
    public static CommandLine Command(IReadOnlyList<string> args, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        return OperatingSystem.IsWindows()
            ? new CommandLine("dotnet", ["pwsh", "-NoProfile", "-NonInteractive", "-File", Path.Combine(RepoRoot.Path, "build.ps1"), .. args], workingDirectory)
            : new CommandLine(Shell.Bash, [Path.Combine(RepoRoot.Path, "build.sh"), .. args], workingDirectory);
    }
}
