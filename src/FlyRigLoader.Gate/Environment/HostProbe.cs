using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FlyRigLoader.Gate.Environment;

/// <summary>The real machine.</summary>
public sealed class HostProbe : IHostProbe
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
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? stdout.GetAwaiter().GetResult().Trim() : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
