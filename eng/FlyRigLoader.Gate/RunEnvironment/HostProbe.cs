using System.Runtime.InteropServices;
using FlyRigLoader.Gate.Commands;

namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>The real machine.</summary>
internal sealed class HostProbe : IHostProbe
{
    /// <inheritdoc/>
    public string OsFamily =>
        OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "macOS" : "Other";

    /// <inheritdoc/>
    public string OsDescription => RuntimeInformation.OSDescription;

    /// <inheritdoc/>
    public string Architecture => RuntimeInformation.OSArchitecture.ToString();

    /// <inheritdoc/>
    public string RuntimeDescription => RuntimeInformation.FrameworkDescription;

    /// <inheritdoc/>
    public int ProcessorCount => System.Environment.ProcessorCount;

    /// <inheritdoc/>
    public long GcAvailableMemoryBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <inheritdoc/>
    public string? ReadFile(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> ListDirectory(string path)
    {
        try
        {
            return Directory.Exists(path) ? Directory.EnumerateFileSystemEntries(path).Select(p => Path.GetFileName(p)).ToList() : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <inheritdoc/>
    public string? Env(string name) => System.Environment.GetEnvironmentVariable(name);

    /// <inheritdoc/>
    public string? Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory)
    {
        try
        {
            // Capture maps "cannot start" to 127 and a timeout (after killing the tree) to 124: both are "unknown" here.
            var result = ChildProcess.Capture(new CommandLine(fileName, arguments, workingDirectory), TimeSpan.FromSeconds(30));
            return result.ExitCode == 0 ? result.StandardOutput.Trim() : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
