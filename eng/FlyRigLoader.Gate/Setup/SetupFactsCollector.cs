using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Setup;

/// <summary>The I/O edge of VerifySetup: asks dotnet, git and the file system.</summary>
public static class SetupFactsCollector
{
    /// <summary>SDK major version this repository targets.</summary>
    public const int RequiredSdkMajor = 10;

    /// <summary>Free space wanted for builds, benchmark data (100 MB pickles) and reports.</summary>
    public const long RequiredFreeDiskBytes = 2_000_000_000;

    /// <summary>Gathers every fact; never throws for a missing tool (that becomes a failed check).</summary>
    public static SetupFacts Collect(BuildPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sdk = ChildProcess.Capture(new CommandLine("dotnet", ["--version"], paths.Root));
        var tools = ChildProcess.Capture(new CommandLine("dotnet", ["tool", "list", "--local"], paths.Root));
        var restore = ChildProcess.Capture(new CommandLine("dotnet", ["restore", paths.Solution, "--nologo"], paths.Root));
        var git = ChildProcess.Capture(new CommandLine("git", ["--version"], paths.Root));
        var manifest = Path.Combine(paths.Root, ".config", "dotnet-tools.json");
        var (writable, writeError) = ProbeWritable(paths.Artifacts);
        return new SetupFacts(
            sdk.ExitCode == 0 ? sdk.StandardOutput.Trim() : null,
            RequiredSdkMajor,
            ToolManifest.ReadPins(File.ReadAllText(manifest), manifest),
            tools.ExitCode == 0 ? ToolManifest.ParseToolList(tools.StandardOutput) : new Dictionary<string, string>(),
            restore.ExitCode,
            restore.ExitCode == 0 ? null : Tail(restore.StandardOutput + restore.StandardError),
            git.ExitCode == 0 ? git.StandardOutput : null,
            writable,
            writeError,
            new DriveInfo(Path.GetPathRoot(Path.GetFullPath(paths.Root))!).AvailableFreeSpace,
            RequiredFreeDiskBytes);
    }

    private static (bool Writable, string? Error) ProbeWritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".probe-{System.Environment.ProcessId}");
            File.WriteAllText(probe, "probe");
            File.Delete(probe);
            return (true, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, e.Message);
        }
    }

    private static string Tail(string text) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
}
