using System.Globalization;
using FlyRigLoader.Gate.Commands;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// The suite guide's <c>sync</c> before benchmarks (Linux; macOS has the same command): dirty pages of the generated
/// inputs are written out before the first launch, so the kernel's write-back does not land inside a measured iteration.
/// Like the guide's <c>subprocess.run(["sync"], check=False)</c>, a failure is reported and the run goes on.
/// </summary>
internal static class FileSystemSync
{
    /// <summary>Runs <c>sync</c> through <paramref name="capture"/> unless on Windows, and returns the one line to print.</summary>
    public static string Run(string workingDirectory, bool isWindows, Func<CommandLine, ProcessOutput> capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        if (isWindows)
        {
            return "note: no sync before the launches on Windows (the suite guide's sync is Linux/macOS's; Windows has no such command)";
        }

        var result = capture(new CommandLine("sync", [], workingDirectory));
        return result.ExitCode == 0
            ? "sync: file-system buffers flushed before the launches"
            : string.Create(CultureInfo.InvariantCulture, $"note: sync failed (exit {result.ExitCode}: {result.Combined.Trim()}); the launches run anyway");
    }
}
